import type { UserConfig } from "../eleventy-types.ts";
import { type Bundle, buildBundle, describeBundle, writeBundle } from "../forms/bundle.ts";
import { indexSite, PAGEFIND_FOLDER } from "./index-site.ts";
import { oneAtATime } from "./one-at-a-time.ts";
import type { Site } from "../data/site-schema.ts";
import type { LabelKey, Labels } from "../templates/labels.ts";
import { errorMessage } from "../validate/error-message.ts";

/** The search page's URL path. */
export const SEARCH_PATH = "/search/";

/** A link the search page offers visitors whose browser cannot search: the article index, the topics (label key, default-language path). */
export interface BrowseLink {
  label: LabelKey;
  href: string;
}

/**
 * Wires site search: the `/search/` page in each language (`/es/search/`; partial `search.njk`, overridable), its client bundle
 * (global `havenSearchBundle`, loaded by that page only) and Pagefind indexing of the output after
 * every build: `npm run build` waits for it; `npm start` runs it beside the server, one index at a time. `links` are what the page offers without JavaScript.
 */
export function registerSearch(eleventyConfig: UserConfig, links: BrowseLink[], labels: (lang: string) => Labels): void {
  let bundle: Bundle | undefined;
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    bundle = await buildBundle("search");
    await writeBundle(bundle, directories.output);
  });
  eleventyConfig.addNunjucksGlobal("havenSearchBundle", () => bundle?.src);
  eleventyConfig.addNunjucksGlobal("havenPagefindScript", () => `/${PAGEFIND_FOLDER}/pagefind.js`);
  const index = oneAtATime(async (outputDir: string) => {
    const started = performance.now();
    const { pages, files } = await indexSite(outputDir);
    // The index step's own time, so an owner (and the bench) sees what search costs a build.
    const seconds = ((performance.now() - started) / 1000).toFixed(2);
    console.log(`${describeBundle(bundle!)}; Pagefind indexed ${pages} of ${files} pages in ${seconds} s`);
  });
  eleventyConfig.on("eleventy.after", async ({ directories, runMode }) => {
    const indexed = index(directories.output);
    if (runMode === "build") return indexed; // a failed index fails the build
    // Under `npm start` the next save need not wait seconds for the index: it follows the build.
    indexed.catch((error: unknown) => console.error(`Haven: the search index was not updated: ${errorMessage(error)}`));
  });
  eleventyConfig.addTemplate("haven-search.njk", '{% include "search.njk" %}', {
    layout: "base",
    pagination: { data: "site.languages", size: 1, alias: "searchLanguage" },
    permalink: `{{ "${SEARCH_PATH}" | havenLocalPath(searchLanguage, site) }}`,
    // `site` is the page's language's (computed from its URL), so the text follows it and the `labels` option.
    eleventyComputed: {
      title: (data: { site: Site }) => labels(data.site.lang).search,
      description: (data: { site: Site }) => labels(data.site.lang).searchDescription,
    },
    havenSearch: { links },
    noindex: true,
    havenInEveryLanguage: true,
    eleventyExcludeFromCollections: true,
  });
}
