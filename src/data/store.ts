import { stat } from "node:fs/promises";
import path from "node:path";
import { type Checked, parseData } from "../validate/parse-data.ts";
import { readDataFile } from "./data-file.ts";
import { deepFreeze } from "./freeze.ts";
import { globalSchemas } from "./global-schemas.ts";

/** The site's global data files, each read and validated once per change, for every reader in one plugin instance. */
export interface DataStore {
  /**
   * A data file's value: for the files Haven knows (`site`, `insurers`, `people`, `forms`) validated with their
   * schema, defaults filled, and frozen; any other file as it is. Same file unchanged (mtime), same result.
   */
  load(file: string): Promise<Checked<unknown>>;
  /** Whether `value` is data this store validated: e.g. resolved forms, which must never be merged again. */
  validated(value: unknown): boolean;
}

/** Creates the store of one plugin instance: the pre-build check and Eleventy's data loading share it. */
export function createDataStore(): DataStore {
  const cache = new Map<string, { mtimeMs: number; result: Promise<Checked<unknown>> }>();
  const validated = new WeakSet<object>();
  const check = async (file: string): Promise<Checked<unknown>> => {
    const schema = globalSchemas[path.basename(file, path.extname(file)) as keyof typeof globalSchemas];
    const value = await readDataFile(file);
    if (!schema) return { ok: true, data: value };
    const checked = parseData(schema, value, path.relative(process.cwd(), file) || file);
    // Frozen, Eleventy shares the one object between pages instead of copying it into each (README, "Data").
    if (checked.ok && typeof checked.data === "object" && checked.data !== null) validated.add(deepFreeze(checked.data));
    return checked;
  };
  return {
    async load(file) {
      const absolute = path.resolve(file);
      const { mtimeMs } = await stat(absolute);
      const hit = cache.get(absolute);
      if (hit?.mtimeMs === mtimeMs) return hit.result;
      const result = check(absolute);
      cache.set(absolute, { mtimeMs, result });
      return result;
    },
    validated: (value) => typeof value === "object" && value !== null && validated.has(value),
  };
}
