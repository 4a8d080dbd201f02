import type { WebSite } from "schema-dts";
import type { Site } from "../data/site-schema.ts";
import { organizationId, ref, websiteId } from "./ids.ts";

/** The WebSite node at the site's `home` URL, published by the organization. */
export function website(site: Site, home: string): WebSite {
  return {
    "@type": "WebSite",
    "@id": websiteId(home),
    url: home,
    name: site.organization.name,
    inLanguage: site.lang,
    publisher: ref(organizationId(home)),
  };
}
