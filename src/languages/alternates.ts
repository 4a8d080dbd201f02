import type { Site } from "../data/site-schema.ts";
import { pageUrl } from "../urls/site-urls.ts";
import { languageHome, languageName, languageOfPath } from "./page-language.ts";

/** One language version of a page: its language tag and site path, e.g. `{ lang: "es-US", url: "/es/contacto/" }`. */
export interface Alternate {
  lang: string;
  url: string;
}

/** The part of an Eleventy collection item the translations read. */
export interface TranslationItem {
  url: string | false;
  inputPath: string;
  data: { translationKey?: unknown; noindex?: unknown };
}

/** Translations by `translationKey`, each group in the order of `site.languages`. */
export type TranslationGroups = Map<string, Alternate[]>;

/**
 * Groups the pages sharing a front matter `translationKey`. Throws, naming the files, when a translation
 * would be a link to a missing page (not written, `permalink: false`, or kept out of search engines with
 * `noindex`) or when two pages of one language claim the same key.
 */
export function translationGroups(items: readonly TranslationItem[], site: Pick<Site, "languages">): TranslationGroups {
  const groups: TranslationGroups = new Map();
  const files = new Map<string, string>();
  for (const item of items) {
    const key = item.data.translationKey;
    if (key === undefined) continue;
    const where = `${item.inputPath}: translationKey "${String(key)}"`;
    if (typeof key !== "string" || !key) throw new Error(`${where}: expected a non-empty string naming the page's translations`);
    if (typeof item.url !== "string") throw new Error(`${where}: the page is not written (permalink: false), so its translations would link to a missing page`);
    if (item.data.noindex === true) throw new Error(`${where}: the page is noindex, so its translations would link to a page search engines may not show`);
    const lang = languageOfPath(item.url, site);
    const other = files.get(`${key}\n${lang}`);
    if (other) throw new Error(`${where}: ${other} is already the ${lang} page of "${key}"; each language has one page per key`);
    files.set(`${key}\n${lang}`, item.inputPath);
    groups.set(key, [...(groups.get(key) ?? []), { lang, url: item.url }]);
  }
  for (const group of groups.values()) group.sort((a, b) => site.languages.indexOf(a.lang) - site.languages.indexOf(b.lang));
  return groups;
}

/** A generated page as the translations read it. */
export interface GeneratedItem {
  url: string;
  translationKey?: string;
  noindex: boolean;
}

/**
 * Every page that can have translations: the site's pages (`all`), where a replacement of a generated page without
 * a key of its own takes `implicitKeys`' (by URL), and the generated pages, which are not in `collections.all`.
 */
export function translationItems(all: readonly TranslationItem[], generated: readonly GeneratedItem[], implicitKeys: ReadonlyMap<string, string>): TranslationItem[] {
  // New plain objects: spreading an Eleventy collection item would read its `templateContent` before it is rendered.
  const site = all.map(({ url, inputPath, data: { translationKey, noindex } }) => {
    const implicit = typeof url === "string" && translationKey === undefined && noindex !== true ? implicitKeys.get(url) : undefined;
    return { url, inputPath, data: { translationKey: translationKey ?? implicit, noindex } };
  });
  const made = generated.map((page) => ({ url: page.url, inputPath: `the generated page ${page.url}`, data: { translationKey: page.translationKey, noindex: page.noindex } }));
  return [...site, ...made];
}

/** A page's language versions, itself included; none when it has no translation. */
export function alternatesOf(groups: TranslationGroups, key: unknown): Alternate[] {
  const group = typeof key === "string" ? groups.get(key) : undefined;
  return group && group.length > 1 ? group : [];
}

/** One language version as `hreflang` links and sitemaps name it: `{ hreflang: "es-US", href: "https://…/es/contacto/" }`. */
export interface HreflangLink {
  hreflang: string;
  href: string;
}

/**
 * The `hreflang` links of a page with translations: every version (itself included) by absolute URL under
 * `home`, then `x-default` for the default language's version. Reciprocal by construction: each version lists the same set.
 */
export function hreflangLinks(alternates: Alternate[], defaultLang: string, home: string): HreflangLink[] {
  const links = alternates.map((a) => ({ hreflang: a.lang, href: pageUrl(home, a.url) }));
  const fallback = alternates.find((a) => a.lang === defaultLang);
  return fallback ? [...links, { hreflang: "x-default", href: pageUrl(home, fallback.url) }] : links;
}

/** One link of the language switcher. */
export interface LanguageLink {
  lang: string;
  /** The language's name in itself, e.g. `Español`. */
  name: string;
  href: string;
  /** This page's own language. */
  current: boolean;
}

/** The switcher's links: every site language, to this page's translation or else that language's home; `name` gives a language's name in itself. */
export function languageLinks(site: Pick<Site, "languages" | "lang">, alternates: Alternate[], url: string, name = languageName): LanguageLink[] {
  return site.languages.map((lang) => ({
    lang,
    name: name(lang),
    href: lang === site.lang ? url : (alternates.find((a) => a.lang === lang)?.url ?? languageHome(lang, site)),
    current: lang === site.lang,
  }));
}
