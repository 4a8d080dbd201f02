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

/** A site path in `lang`: as written for the default language, under the language's folder for another (`/thank-you/contact/` → `/es/thank-you/contact/`). */
export function localPath(path: string, lang: string, site: Pick<Site, "languages">): string {
  return languageHome(lang, site) + path.replace(/^\//, "");
}

/** The default-language path of a site path: `/es/thank-you/contact/` → `/thank-you/contact/`; a default-language path is itself. */
export function defaultPath(url: string, site: Pick<Site, "languages">): string {
  return "/" + url.slice(languageHome(languageOfPath(url, site), site).length);
}
