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
  return error.issues.flatMap(unionIssues).flatMap((issue) => {
    if (issue.code !== "unrecognized_keys") return [`${file}: ${formatPath(issue.path) || "(root)"}: ${issue.message}`];
    return issue.keys.map((key) => {
      const suggestion = closest(key, knownKeys(issue.path));
      const hint = suggestion ? ` (did you mean "${suggestion}"?)` : "";
      return `${file}: ${formatPath([...issue.path, key])}: Unknown field${hint}`;
    });
  });
}

/** The candidate within two edits of `word`, if any: enough to catch `descripton` (never `word` itself, known to another kind of object). */
export function closest(word: string, candidates: string[]): string | undefined {
  let best: { key: string; edits: number } | undefined;
  for (const key of candidates) {
    if (key === word) continue;
    const edits = distance(word.toLowerCase(), key.toLowerCase());
    if (edits <= 2 && (!best || edits < best.edits)) best = { key, edits };
  }
  return best?.key;
}

type Issue = z.core.$ZodIssue;

/**
 * A failed union's issues from the option the input was written for (the one whose type it has), so
 * `author: { type: Organization }` says `author[0].name: Required`, not "Invalid input".
 */
function unionIssues(issue: Issue): Issue[] {
  if (issue.code !== "invalid_union" || !issue.errors.length) return [issue];
  const fitting = issue.errors.filter((issues) => !issues.some((i) => i.code === "invalid_type" && i.path.length === 0));
  if (fitting.length !== 1) return [issue];
  return fitting[0].flatMap((inner) => unionIssues({ ...inner, path: [...issue.path, ...inner.path] } as Issue));
}
