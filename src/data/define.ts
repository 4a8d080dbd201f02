import type { InsurerInput } from "./insurers-schema.ts";
import type { SiteInput } from "./site-schema.ts";

/** Types `_data/site.ts` for editor completion; the build validates it with the same schema. */
export function defineSite(site: SiteInput): SiteInput {
  return site;
}

/** Types `_data/insurers.ts` for editor completion; the build validates it with the same schema. */
export function defineInsurers(insurers: InsurerInput[]): InsurerInput[] {
  return insurers;
}
