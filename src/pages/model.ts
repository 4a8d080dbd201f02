import type { Crumb } from "../templates/breadcrumbs.ts";

/** The schema.org type of a generated page's WebPage node. */
export type GeneratedPageType = "WebPage" | "CollectionPage" | "ProfilePage";

/** One page the plugin generates, ready to render: its URL, head facts, trail and kind-specific view model. */
export interface GeneratedPage<View = object> {
  /** Which partial renders `view`: `pages/{kind}.njk`. */
  kind: "home" | "listing" | "topics" | "person" | "location" | "thank-you";
  /** Site path, e.g. `/topics/depression/page/2/`. */
  url: string;
  /**
   * Links the page to the same generated page in the site's other languages (`haven:articles`); none on `noindex`
   * pages and on pages with no counterpart (page 2 and on of a listing).
   */
  translationKey?: string;
  /** A `noindex` page Haven writes in every site language at the same path under each language's folder: the switcher links to it. */
  inEveryLanguage?: true;
  title: string;
  description: string;
  noindex: boolean;
  /** The trail between Home and this page, e.g. `[{ name: "Topics", url: "/topics/" }]`. */
  parents: Crumb[];
  schemaType: GeneratedPageType;
  /** What this page is about, when it is one team member or one location: its JSON-LD node is the page's `mainEntity`. */
  mainEntity?: { type: "person" | "location"; id: string };
  /** Neighbouring pages of a paginated listing, for `rel="prev"`/`rel="next"`. */
  previous?: string;
  next?: string;
  view: View;
}

/** Splits `items` into pages of `size`; always at least one page, so an empty listing still exists. */
export function paginate<T>(items: T[], size: number): T[][] {
  const pages: T[][] = [];
  for (let i = 0; i < items.length; i += size) pages.push(items.slice(i, i + size));
  return pages.length ? pages : [[]];
}
