import type { Site } from "../data/site-schema.ts";
import { folderOf } from "../data/languages-schema.ts";

/**
 * The language of the page at site path `url` (without the path prefix): the site language whose folder
 * (`/es/`) the path starts with, else the default language (`site.languages[0]`).
 */
export function languageOfPath(url: string, site: Pick<Site, "languages">): string {
  const folder = url.split("/")[1]?.toLowerCase();
  return site.languages.slice(1).find((lang) => folderOf(lang) === folder) ?? site.languages[0];
}

/** The home path of a language: `/` for the default, `/es/` for another. */
export function languageHome(lang: string, site: Pick<Site, "languages">): string {
  return lang === site.languages[0] ? "/" : `/${folderOf(lang)}/`;
}

/** A language's name in itself, capitalized as it starts a link: `es-US` → "Español", `vi` → "Tiếng Việt". */
export function languageName(lang: string): string {
  const folder = folderOf(lang);
  const name = new Intl.DisplayNames([folder], { type: "language" }).of(folder) ?? lang;
  return name.charAt(0).toLocaleUpperCase(folder) + name.slice(1);
}
