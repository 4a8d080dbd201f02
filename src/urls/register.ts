import type { FilterContext, UserConfig } from "../eleventy-types.ts";
import { memoize } from "../filters/memoize.ts";
import { absoluteUrl, normalizePathPrefix, sitePath, siteUrl } from "./site-urls.ts";

/** Eleventy's package name for its HTML `<base>` plugin, which adds the path prefix to every URL in the HTML itself. */
const HTML_BASE_PLUGIN = "@11ty/eleventy/html-base-plugin";

/** How a build writes URLs: Eleventy's `pathPrefix` (`"/"` or e.g. `"/clinic/"`), and whether links in HTML get it from Haven. */
export interface UrlSettings {
  /** The normalized path prefix every URL of the site starts with. */
  pathPrefix: string;
  /** The prefix Haven writes into links: the path prefix, or `"/"` when Eleventy's HtmlBasePlugin adds it afterwards. */
  linkPrefix: string;
}

/** The URL settings of a build: from `pathPrefix`, with `htmlBase` true when the HtmlBasePlugin rewrites the HTML. */
export function urlSettings(pathPrefix: string | undefined, htmlBase = false): UrlSettings {
  const prefix = normalizePathPrefix(pathPrefix);
  return { pathPrefix: prefix, linkPrefix: htmlBase ? "/" : prefix };
}

/**
 * The URL filters for templates: `havenUrl` (a site href as a link: `"/about/" | havenUrl` is `/clinic/about/`;
 * `"/verify/" | havenUrl({ insurer: "aetna" })` sets a query parameter, encoded)
 * and `havenAbsoluteUrl` (an absolute URL from the page's `site.url`, or a site URL given as argument).
 */
export function urlFilters(settings: () => UrlSettings) {
  // A page links the same few site paths as every other page: each is parsed once (by prefix, so a new build's prefix counts).
  const link = memoize((href: string, prefix: string) => sitePath(href, prefix));
  return {
    havenUrl: (href: string, query?: Record<string, string>) =>
      query ? sitePath(String(href), settings().linkPrefix, query) : link(String(href), settings().linkPrefix),
    havenAbsoluteUrl(this: Partial<FilterContext> | undefined, href: string, url?: string) {
      const site = (this?.ctx?.site ?? {}) as { url?: string };
      const base = url ?? site.url;
      if (!base) throw new Error(`havenAbsoluteUrl: no site URL for "${href}": give site.url in _data/site.ts`);
      return absoluteUrl(siteUrl(base, settings().pathPrefix), String(href));
    },
  };
}

/**
 * Registers the URL filters and returns the build's URL settings, read when each build starts:
 * Eleventy sets `pathPrefix` after plugins load, and a site may add the HtmlBasePlugin after Haven.
 */
export function registerUrls(eleventyConfig: UserConfig): () => UrlSettings {
  let current: UrlSettings | undefined;
  const prefix = () => (typeof eleventyConfig.pathPrefix === "string" ? eleventyConfig.pathPrefix : undefined);
  const settings = () => (current ??= urlSettings(prefix(), eleventyConfig.hasPlugin?.(HTML_BASE_PLUGIN) === true));
  eleventyConfig.on("eleventy.before", () => {
    current = undefined;
  });
  for (const [name, filter] of Object.entries(urlFilters(settings))) eleventyConfig.addFilter(name, filter);
  return settings;
}
