import type { WebSite } from "schema-dts";
import type { Site } from "../data/site-schema.ts";
import { organizationId, ref, websiteId } from "./ids.ts";

/** The WebSite node, published by the organization. */
export function website(site: Site): WebSite {
  return {
    "@type": "WebSite",
    "@id": websiteId(site.url),
    url: `${site.url}/`,
    name: site.organization.name,
    inLanguage: site.lang,
    publisher: ref(organizationId(site.url)),
  };
}
