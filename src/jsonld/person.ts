import type { EducationalOccupationalCredential, Organization, Person } from "schema-dts";
import type { Licence, PersonEntry } from "../data/people-schema.ts";
import { personPath } from "../pages/paths.ts";
import type { Credit, InlinePerson } from "../people/credits.ts";
import { absoluteUrl } from "../urls/site-urls.ts";
import { organizationId, personId, ref } from "./ids.ts";
import { imageObject, type SiteImage } from "./image.ts";

/** A Person node (an object, not schema-dts's bare-string alternative). */
type PersonNode = Exclude<Person, string>;

/** A Person node for a person written inline in front matter; credentials ("MD", "MA, LMFT") are post-nominals, so `honorificSuffix`. */
export function person(input: InlinePerson, siteUrl: string): PersonNode {
  return {
    "@type": "Person",
    name: input.name,
    ...(input.credentials && { honorificSuffix: input.credentials }),
    ...(input.url && { url: absoluteUrl(siteUrl, input.url) }),
  };
}

/**
 * The Person node of a team member, with one `@id` on every page: job title, licences as `hasCredential`,
 * `worksFor` the organization, `url` its profile page when `profiles` are generated, `photo` its published portrait.
 */
export function teamMember(entry: PersonEntry, siteUrl: string, profiles = true, photo?: SiteImage): Person {
  return {
    ...person({ name: entry.name, credentials: entry.credentials, url: profiles ? personPath(entry.id) : undefined }, siteUrl),
    "@id": personId(siteUrl, entry.id),
    ...(entry.jobTitle && { jobTitle: entry.jobTitle }),
    ...(entry.licences.length > 0 && { hasCredential: entry.licences.map(credential) }),
    worksFor: ref(organizationId(siteUrl)),
    ...(photo && { image: imageObject(siteUrl, photo) }),
    ...(entry.sameAs.length > 0 && { sameAs: entry.sameAs }),
  };
}

/** A node for a credit: a reference to a team member (held as its own node), an Organization, or a Person written out. */
export function creditNode(credit: Credit, siteUrl: string): Person | Organization | { "@id": string } {
  if (credit.person) return ref(personId(siteUrl, credit.person.id));
  if (credit.type === "Organization") return { "@type": "Organization", name: credit.name, ...(credit.url && { url: absoluteUrl(siteUrl, credit.url) }) };
  return person(credit, siteUrl);
}

/** One node for one credit, a list for several: how JSON-LD writes one value or many. */
export function creditNodes(credits: Credit[], siteUrl: string): ReturnType<typeof creditNode> | ReturnType<typeof creditNode>[] {
  const nodes = credits.map((credit) => creditNode(credit, siteUrl));
  return nodes.length === 1 ? nodes[0] : nodes;
}

function credential(licence: Licence): EducationalOccupationalCredential {
  return {
    "@type": "EducationalOccupationalCredential",
    credentialCategory: "license",
    name: licence.name,
    identifier: licence.number,
    validIn: { "@type": "AdministrativeArea", name: licence.region },
  };
}
