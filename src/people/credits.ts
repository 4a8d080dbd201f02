import type { CreditInput } from "../data/credit-schema.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import { personPath } from "../pages/paths.ts";

/** A person as shown inline: name, optional credentials and profile URL. */
export interface InlinePerson {
  name: string;
  credentials?: string;
  url?: string;
}

/** Who an article credits, ready to show and describe: a team member (with `person`), a person or an organization written out. */
export interface Credit extends InlinePerson {
  type: "Person" | "Organization";
  /** Set when the credit names a team member of `_data/people.ts`. */
  person?: PersonEntry;
}

/**
 * Resolves a front matter credit (a person id, or a person or organization written out) against the team,
 * linked to the person's profile page when `profiles` are generated; undefined for an unknown id.
 */
export function resolveCredit(value: CreditInput, people: readonly PersonEntry[], profiles = true): Credit | undefined {
  if (typeof value !== "string") return value;
  const person = people.find((p) => p.id === value);
  return person && { type: "Person", name: person.name, credentials: person.credentials, ...(profiles && { url: personPath(person.id) }), person };
}

/** The article fields that may name a person by id. */
export const CREDIT_FIELDS = ["author", "reviewedBy"] as const;

/** Problems with the person ids an article names, as `file: author[0]: Expected the id of a person in _data/people, got "x" (known ids: a, b)`. */
export function creditProblems(front: Partial<Record<(typeof CREDIT_FIELDS)[number], readonly CreditInput[]>>, people: readonly PersonEntry[], file: string): string[] {
  const known = people.length ? people.map((p) => p.id).join(", ") : "none: add _data/people.ts";
  return CREDIT_FIELDS.flatMap((field) =>
    (front[field] ?? []).flatMap((value, i) =>
      typeof value === "string" && !people.some((p) => p.id === value)
        ? [`${file}: ${field}[${i}]: Expected the id of a person in _data/people, got "${value}" (known ids: ${known})`]
        : [],
    ),
  );
}
