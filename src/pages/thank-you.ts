import type { FormId, Forms } from "../forms/schema.ts";
import type { PageLanguage } from "./language.ts";
import type { GeneratedPage } from "./model.ts";
import { articlesPath, peoplePath } from "./paths.ts";

/** What a thank-you page shows: the form's own confirmation and where to go next. */
export interface ThankYouView {
  text: string;
  links: { label: string; href: string }[];
}

/** The generated pages a thank-you page can point to: which exist, and where each is in the page's language. */
export interface NextSteps {
  verifyInsuranceUrl: string;
  articles: string;
  /** The team index, when there is one. */
  people?: string;
}

// Next steps that fit what the visitor just did; none leads back to a form they have already sent.
const NEXT: Record<FormId, (l: PageLanguage, to: NextSteps) => { label: string; href: string }[]> = {
  contact: (l, to) => [
    { label: l.text("checkCoverage"), href: to.verifyInsuranceUrl },
    { label: l.text("readArticles"), href: to.articles },
  ],
  "verify-insurance": (l, to) => [
    { label: l.text("readArticles"), href: to.articles },
    ...(to.people ? [{ label: l.text("meetTeam"), href: to.people }] : []),
  ],
  book: (l, to) => [
    { label: l.text("readArticles"), href: to.articles },
    { label: l.text("checkCoverage"), href: to.verifyInsuranceUrl },
  ],
};

/**
 * A `noindex` thank-you page per form whose confirmation URL is a site path, in the language `l` (`forms` already
 * in it): at that path for the default language, under the language's folder for another (`/es/thank-you/contact/`).
 */
export function thankYouPages(l: PageLanguage, forms: Forms, hasPeople: boolean): GeneratedPage<ThankYouView>[] {
  const to: NextSteps = { verifyInsuranceUrl: l.site.verifyInsuranceUrl, articles: l.path(articlesPath()), ...(hasPeople && { people: peoplePath() }) };
  return (Object.keys(forms.forms) as FormId[])
    .filter((id) => forms.forms[id].confirmation.url.startsWith("/"))
    .map((id) => {
      const { title, text, url } = forms.forms[id].confirmation;
      return { kind: "thank-you", url: l.path(url), title, description: text, noindex: true, inEveryLanguage: true, parents: [], schemaType: "WebPage", view: { text, links: NEXT[id](l, to) } };
    });
}
