import { existsSync } from "node:fs";
import { readFile, stat } from "node:fs/promises";
import path from "node:path";
import { pathToFileURL } from "node:url";

const EXTENSIONS = [".ts", ".js", ".mjs", ".json"];

/** Imports a JS/TS data module's default export, fresh whenever the file changed (watch mode). */
export async function importDefault(file: string): Promise<unknown> {
  const { mtimeMs } = await stat(file);
  const module = await import(`${pathToFileURL(file).href}?mtime=${mtimeMs}`);
  return module.default;
}

/** The data file `name` in a data folder (`site.ts`, `site.js`, `site.mjs` or `site.json`), if there is one. */
export function findDataFile(dataDir: string, name: string): string | undefined {
  return EXTENSIONS.map((ext) => path.join(dataDir, name + ext)).find((file) => existsSync(file));
}

/** A data file's value: a JSON file's content or a module's default export. */
export async function readDataFile(file: string): Promise<unknown> {
  return file.endsWith(".json") ? JSON.parse(await readFile(file, "utf8")) : importDefault(path.resolve(file));
}
