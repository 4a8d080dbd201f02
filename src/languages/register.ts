import type { Site } from "../data/site-schema.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { type Alternate, alternatesOf, languageLinks, type TranslationGroups, type TranslationItem, translationGroups } from "./alternates.ts";
import { textDirection } from "./direction.ts";
import { localSite } from "./local-site.ts";
import { languageHome, languageOfPath } from "./page-language.ts";
import type { Crumb } from "../templates/breadcrumbs.ts";
import type { Labels } from "../templates/labels.ts";

/** A page's language versions, from its template data (`collections.all`, `translationKey`, `site`). */
export type AlternatesOf = (data: Record<string, unknown>) => Alternate[];

/** What the other registrations need from the languages. */
export interface Languages {
  alternates: AlternatesOf;
  /** The first crumb of a page in the site's language: "Inicio" at `/es/`. */
  homeCrumb(site: Site): Crumb;
}

/**
 * Wires the site's languages: every page's `site` is the site in the page's language (computed data, so
 * `site.lang` is the page's language in every template), `havenDir` gives a language's direction, and
 * `havenLanguageLinks` the language switcher's links, `havenHomeCrumb` the trail's first step in the page's language.
 */
export function registerLanguages(eleventyConfig: UserConfig, labels: (lang: string) => Labels): Languages {
  eleventyConfig.addGlobalData("eleventyComputed", {
    site: (data: { site?: Site; page?: { url?: unknown } }) => {
      const { site, page } = data;
      if (!site?.languages || typeof page?.url !== "string") return site;
      try {
        return localSite(site, languageOfPath(page.url, site));
      } catch {
        return site; // Eleventy first calls computed data with stand-in values to learn what it reads
      }
    },
  });
  // Grouped once per build: `collections.all` is a new array each build.
  const grouped = new WeakMap<object, TranslationGroups>();
  const alternates: AlternatesOf = (data) => {
    const site = data.site as Site;
    const all = (data.collections as { all?: TranslationItem[] } | undefined)?.all;
    if (!all || site.languages.length < 2) return [];
    if (!grouped.has(all)) grouped.set(all, translationGroups(all, site));
    return alternatesOf(grouped.get(all)!, data.translationKey);
  };
  const homeCrumb = (site: Site): Crumb => ({ name: labels(site.lang).home, url: languageHome(site.lang, site) });
  eleventyConfig.addFilter("havenHomeCrumb", homeCrumb);
  eleventyConfig.addFilter("havenDir", (lang: string) => textDirection(lang));
  eleventyConfig.addFilter("havenLanguageLinks", function () {
    const data = this.ctx!;
    return languageLinks(data.site as Site, alternates(data), this.page.url);
  });
  return { alternates, homeCrumb };
}
