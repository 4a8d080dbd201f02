import type { PersonEntry } from "../data/people-schema.ts";
import { personPath } from "../pages/paths.ts";

/** A person as front matter writes one inline: name, optional credentials and profile URL. */
export interface InlinePerson {
  name: string;
  credentials?: string;
  url?: string;
}

/** Who an article credits, ready to show and describe: a team member (with `id`) or an inline person. */
export interface Credit extends InlinePerson {
  /** Set when the credit names a team member of `_data/people.ts`. */
  person?: PersonEntry;
}

/**
 * Resolves a front matter credit (a person id or an inline person) against the team, linked to the
 * person's profile page when `profiles` are generated; undefined for an unknown id.
 */
export function resolveCredit(value: string | InlinePerson, people: readonly PersonEntry[], profiles = true): Credit | undefined {
  if (typeof value !== "string") return value;
  const person = people.find((p) => p.id === value);
  return person && { name: person.name, credentials: person.credentials, ...(profiles && { url: personPath(person.id) }), person };
}

/** The article fields that may name a person by id. */
export const CREDIT_FIELDS = ["author", "reviewedBy"] as const;

/**
 * Problems with the person ids an article names, as `file: author: no person "x" in _data/people (known: a, b)`;
 * a reviewer named by id must have credentials, as an inline reviewer must.
 */
export function creditProblems(front: Record<string, unknown>, people: readonly PersonEntry[], file: string): string[] {
  return CREDIT_FIELDS.flatMap((field) => {
    const value = front[field];
    if (typeof value !== "string") return [];
    const person = people.find((p) => p.id === value);
    const known = people.length ? people.map((p) => p.id).join(", ") : "none: add _data/people.ts";
    if (!person) return [`${file}: ${field}: Expected the id of a person in _data/people, got "${value}" (known ids: ${known})`];
    if (field === "reviewedBy" && !person.credentials) return [`${file}: ${field}: Person "${value}" has no credentials; a medical reviewer needs them`];
    return [];
  });
}
