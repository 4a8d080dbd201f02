import { distance } from "fastest-levenshtein";
import type { z } from "zod";

/** Writes a zod path the way people write it in code: `faq[2].answer`. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((key, i) => (typeof key === "number" ? `[${key}]` : `${i ? "." : ""}${String(key)}`))
    .join("");
}

/** Error text for each zod issue, in plain words: missing fields say "Required", typos get a suggestion. */
export const friendlyError: z.core.$ZodErrorMap = (issue) => {
  if (issue.code === "invalid_type" && issue.input === undefined) return `Required (expected ${issue.expected})`;
  return undefined;
};

/** Turns a failed parse into one line per problem: `file: field.path: message`. */
export function formatIssues(file: string, error: z.ZodError, knownKeys: (path: readonly PropertyKey[]) => string[]): string[] {
  return error.issues.flatMap((issue) => {
    if (issue.code !== "unrecognized_keys") return [`${file}: ${formatPath(issue.path) || "(root)"}: ${issue.message}`];
    return issue.keys.map((key) => {
      const suggestion = closest(key, knownKeys(issue.path));
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
      return `${file}: ${formatPath([...issue.path, key])}: Unknown field${hint}`;
    });
  });
}

/** The candidate within two edits of `word`, if any: enough to catch `descripton`. */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: { key: string; edits: number } | undefined;
  for (const key of candidates) {
    const edits = distance(word.toLowerCase(), key.toLowerCase());
    if (edits <= 2 && (!best || edits < best.edits)) best = { key, edits };
  }
  return best?.key;
}
