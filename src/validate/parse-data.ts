import type { z } from "zod";
import { formatIssues, friendlyError } from "./format-issues.ts";

/** The outcome of checking one file's data against its schema. */
export type Checked<T> = { ok: true; data: T } | { ok: false; problems: string[] };

/** Parses `value` from `file` with `schema`, returning either the data or one readable line per problem. */
export function parseData<S extends z.ZodType>(schema: S, value: unknown, file: string): Checked<z.output<S>> {
  const result = schema.safeParse(value, { error: friendlyError });
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, problems: formatIssues(file, result.error, (path) => keysAt(schema, path)) };
}

/** Parses or throws one error listing every problem, for code paths that cannot collect. */
export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown, file: string): z.output<S> {
  const checked = parseData(schema, value, file);
  if (!checked.ok) throw new HavenDataError(checked.problems);
  return checked.data;
}

/** A build-stopping data error whose message lists each problem on its own line. */
export class HavenDataError extends Error {
  constructor(readonly problems: string[], subject = "the site's data") {
    const count = problems.length === 1 ? "1 problem" : `${problems.length} problems`;
    super(`Haven found ${count} in ${subject}:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "HavenDataError";
  }
}

type Def = { type: string; innerType?: z.ZodType; in?: z.ZodType; out?: z.ZodType; element?: z.ZodType; valueType?: z.ZodType; shape?: Record<string, z.ZodType>; options?: z.ZodType[] };
const defOf = (schema: z.ZodType) => schema._zod.def as unknown as Def;

/** The field names an object schema allows at `path`, to suggest the one a typo meant. */
function keysAt(schema: z.ZodType, path: readonly PropertyKey[]): string[] {
  let current: z.ZodType | undefined = unwrap(schema);
  for (const key of path) {
    const def: Def | undefined = current && defOf(current);
    // A list's items and a record's values (`labels.fr`) all have one schema, whatever the index or key.
    const next: z.ZodType | undefined = def?.type === "array" ? def.element : def?.type === "record" ? def.valueType : def?.shape?.[String(key)];
    current = next && unwrap(next);
  }
  return current ? objectKeys(current) : [];
}

/** The keys of an object schema, or of every object a union allows. */
function objectKeys(schema: z.ZodType): string[] {
  const def = defOf(schema);
  if (def.options) return [...new Set(def.options.flatMap((option) => objectKeys(unwrap(option))))];
  return def.type === "object" ? Object.keys(def.shape ?? {}) : [];
}

function unwrap(schema: z.ZodType): z.ZodType {
  const def = defOf(schema);
  if (def.innerType) return unwrap(def.innerType);
  if (def.type === "pipe" && def.in && def.out) return unwrap(defOf(def.in).type === "transform" ? def.out : def.in);
  return schema;
}
