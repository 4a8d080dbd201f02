import type { UserConfig } from "../eleventy-types.ts";
import { type Bundle, buildBundle, describeBundle, writeBundle } from "../forms/bundle.ts";
import { indexSite, PAGEFIND_FOLDER } from "./index-site.ts";
import { ENGLISH } from "../templates/labels.ts";

/** The search page's URL path. */
export const SEARCH_PATH = "/search/";

/** A link the search page offers visitors whose browser cannot search: the article index, the topics. */
export interface BrowseLink {
  label: string;
  href: string;
}

/**
 * Wires site search: the `/search/` page (partial `search.njk`, overridable), its client bundle
 * (global `havenSearchBundle`, loaded by that page only) and Pagefind indexing of the output after
 * every build, in `npm run build` and `npm start` alike. `links` are what the page offers without JavaScript.
 */
export function registerSearch(eleventyConfig: UserConfig, links: BrowseLink[]): void {
  let bundle: Bundle | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    bundle = await buildBundle("search");
    await writeBundle(bundle, directories.output);
  });
  eleventyConfig.addNunjucksGlobal("havenSearchBundle", () => bundle?.src);
  eleventyConfig.addNunjucksGlobal("havenPagefindScript", () => `/${PAGEFIND_FOLDER}/pagefind.js`);
  eleventyConfig.on("eleventy.after", async ({ directories }) => {
    const { pages, files } = await indexSite(directories.output);
    console.log(`${describeBundle(bundle!)}; Pagefind indexed ${pages} of ${files} pages`);
  });
  eleventyConfig.addTemplate("haven-search.njk", '{% include "search.njk" %}', {
    layout: "base",
    permalink: SEARCH_PATH,
    // Page data is the same for every language; the page's text itself follows `site.lang` and the `labels` option.
    title: ENGLISH.search,
    description: ENGLISH.searchDescription,
    havenSearch: { links },
    noindex: true,
    eleventyExcludeFromCollections: true,
  });
}
