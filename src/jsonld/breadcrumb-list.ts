import type { BreadcrumbList } from "schema-dts";
import type { Crumb } from "../templates/breadcrumbs.ts";
import { absoluteUrl } from "../urls/site-urls.ts";
import { breadcrumbId } from "./ids.ts";

/** The BreadcrumbList for the trail shown on the page; the current page, last, has no `item`. */
export function breadcrumbList(pageUrl: string, trail: Crumb[], siteUrl: string): BreadcrumbList {
  return {
    "@type": "BreadcrumbList",
    "@id": breadcrumbId(pageUrl),
    itemListElement: trail.map((crumb, i) => ({
      "@type": "ListItem",
      position: i + 1,
      name: crumb.name,
      ...(crumb.url && { item: absoluteUrl(siteUrl, crumb.url) }),
    })),
  };
}
