import type { IdReference } from "schema-dts";
import { locationPath, personPath } from "../pages/paths.ts";
import { IDS } from "../templates/ids.ts";
import { absoluteUrl } from "../urls/site-urls.ts";

// Site-wide nodes hang off the home URL and page nodes off the page URL, so every page's graph
// names the organization and website the same way and crawlers merge them into one entity.

/** `@id` of the organization: `{home URL}#organization`; the home URL ends in `/` (see `siteUrl()`). */
export const organizationId = (home: string) => `${home}#organization`;
/** `@id` of the website: `{home URL}#website`. */
export const websiteId = (home: string) => `${home}#website`;
/** `@id` of a team member's Person, the same on every page: `{home URL}people/{id}/#person`. */
export const personId = (home: string, id: string) => `${absoluteUrl(home, personPath(id))}#person`;
/** `@id` of a location's MedicalClinic: `{home URL}locations/{id}/#clinic`. */
export const locationId = (home: string, id: string) => `${absoluteUrl(home, locationPath(id))}#clinic`;
/** `@id` of a page's WebPage or MedicalWebPage: `{page URL}#webpage`. */
export const webpageId = (pageUrl: string) => `${pageUrl}#webpage`;
/** `@id` of a page's Article: `{page URL}#article`. */
export const articleId = (pageUrl: string) => `${pageUrl}#article`;
/** `@id` of a page's BreadcrumbList: `{page URL}#breadcrumb`. */
export const breadcrumbId = (pageUrl: string) => `${pageUrl}#breadcrumb`;
/** `@id` of a page's FAQPage: `{page URL}#_faq`, the id of the visible FAQ section's heading too. */
export const faqId = (pageUrl: string) => `${pageUrl}#${IDS.faq}`;

/** A link to another node of the graph by its `@id`. */
export function ref(id: string): IdReference {
  return { "@id": id };
}
