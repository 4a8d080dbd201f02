import type { Site } from "../data/site-schema.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { type Alternate, alternatesOf, type GeneratedItem, languageLinks, type TranslationGroups, type TranslationItem, translationGroups, translationItems } from "./alternates.ts";
import { textDirection } from "./direction.ts";
import { memoize } from "../filters/memoize.ts";
import { localSite } from "./local-site.ts";
import { defaultPath, languageHome, languageName, languageOfPath, localPath } from "./page-language.ts";
import type { Crumb } from "../templates/breadcrumbs.ts";
import type { Labels } from "../templates/labels.ts";

/** A page's language versions, from its template data (`collections.all`, `translationKey`, `site`). */
export type AlternatesOf = (data: Record<string, unknown>) => Alternate[];

/** A build's translations. */
export interface Translations {
  groups: TranslationGroups;
  keyOf(url: string): unknown;
}

/** What the other registrations need from the languages. */
export interface Languages {
  alternates: AlternatesOf;
  /** The translations of a build (`collections.all`, `collections.havenPages`): groups by key, and each page's key by URL. */
  translations(all: readonly TranslationItem[], generated: readonly GeneratedItem[], site: Site): Translations;
  /** Takes the keys of site pages that replace generated pages (by URL), made once a build with the generated pages. */
  useImplicitKeys(keys: ReadonlyMap<string, string>): void;
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
  let implicitKeys: ReadonlyMap<string, string> = new Map();
  // Grouped once per build: `collections.all` is a new array each build.
  const grouped = new WeakMap<object, Translations>();
  const translations = (all: readonly TranslationItem[], generated: readonly GeneratedItem[], site: Site): Translations => {
    let found = grouped.get(all);
    if (!found) {
      const items = translationItems(all, generated, implicitKeys);
      const keys = new Map(items.map((item) => [item.url, item.data.translationKey]));
      grouped.set(all, (found = { groups: translationGroups(items, site), keyOf: (url) => keys.get(url) }));
    }
    return found;
  };
  const alternates: AlternatesOf = (data) => {
    const site = data.site as Site;
    const collections = data.collections as { all?: TranslationItem[]; havenPages?: GeneratedItem[] } | undefined;
    if (!collections?.all || site.languages.length < 2) return [];
    const { groups, keyOf } = translations(collections.all, collections.havenPages ?? [], site);
    return alternatesOf(groups, keyOf(String((data.page as { url?: unknown }).url)));
  };
  const homeCrumb = (site: Site): Crumb => ({ name: labels(site.lang).home, url: languageHome(site.lang, site) });
  eleventyConfig.addFilter("havenHomeCrumb", homeCrumb);
  eleventyConfig.addFilter("havenDir", memoize((lang: string) => textDirection(lang)));
  const names = memoize(languageName);
  eleventyConfig.addFilter("havenLanguageLinks", function () {
    const data = this.ctx!;
    const site = data.site as Site;
    // A page Haven writes in every language (`havenInEveryLanguage`: thank-you, search) is its own counterpart there.
    const versions = data.havenInEveryLanguage === true ? everyLanguage(this.page.url, site) : alternates(data);
    return languageLinks(site, versions, this.page.url, names);
  });
  return { alternates, translations, useImplicitKeys: (keys) => (implicitKeys = keys), homeCrumb };
}

/** The same path in each site language: `/es/search/` → `/search/` and `/es/search/`. */
function everyLanguage(url: string, site: Site): Alternate[] {
  const path = defaultPath(url, site);
  return site.languages.map((lang) => ({ lang, url: localPath(path, lang, site) }));
}
