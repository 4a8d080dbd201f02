import type { InsurerInput } from "./insurers-schema.ts";
import type { PersonEntryInput } from "./people-schema.ts";
import type { SiteInput } from "./site-schema.ts";

/** Types `_data/site.ts` for editor completion; the build validates it with the same schema. */
export function defineSite(site: SiteInput): SiteInput {
  return site;
}

/** Types `_data/insurers.ts` for editor completion; the build validates it with the same schema. */
export function defineInsurers(insurers: InsurerInput[]): InsurerInput[] {
  return insurers;
}

/** Types `_data/people.ts` for editor completion; the build validates it with the same schema. */
export function definePeople(people: PersonEntryInput[]): PersonEntryInput[] {
  return people;
}
