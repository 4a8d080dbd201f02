import { localPath } from "../languages/page-language.ts";
import { thankYouPath } from "../pages/paths.ts";
import type { ResolvedForm } from "../forms/resolve.ts";
import type { Labels } from "../templates/labels.ts";

/** The posted page language when Haven has labels for it (a well-formed tag), else undefined: the forms' own language. */
export function languageOf(posted: string | undefined, labelsFor: (lang: string) => Labels): string | undefined {
  if (!posted || posted.length > 35) return undefined;
  try {
    const [tag] = Intl.getCanonicalLocales(posted);
    labelsFor(tag);
    return tag;
  } catch {
    return undefined; // not a language tag, or one without labels
  }
}

/**
 * Where a plain post goes once stored: the theme's thank-you page in the page's language (`/es/thank-you/contact/`
 * for an `es-US` page of a site with that language), or the confirmation url the site set in its forms data as written.
 */
export function thankYouUrl(form: ResolvedForm, lang: string | undefined, languages: string[]): string {
  const url = form.confirmation.url;
  const siteLang = lang && languages.find((tag) => tag.toLowerCase() === lang.toLowerCase());
  return siteLang && url === thankYouPath(form.id) ? localPath(url, siteLang, { languages }) : url;
}
