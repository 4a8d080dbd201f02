import type { FormId, Forms } from "../forms/schema.ts";
import { PAGE_LABELS as L } from "./labels.ts";
import type { GeneratedPage } from "./model.ts";
import { articlesPath, peoplePath } from "./paths.ts";

/** What a thank-you page shows: the form's own confirmation and where to go next. */
export interface ThankYouView {
  text: string;
  links: { label: string; href: string }[];
}

// Next steps that fit what the visitor just did; none leads back to a form they have already sent.
const NEXT: Record<FormId, (site: { verifyInsuranceUrl: string; hasPeople: boolean }) => { label: string; href: string }[]> = {
  contact: ({ verifyInsuranceUrl }) => [
    { label: "Check what your insurance covers", href: verifyInsuranceUrl },
    { label: "Read our patient education articles", href: articlesPath() },
  ],
  "verify-insurance": ({ hasPeople }) => [
    { label: "Read our patient education articles", href: articlesPath() },
    ...(hasPeople ? [{ label: "Meet our clinical team", href: peoplePath() }] : []),
  ],
  book: ({ verifyInsuranceUrl }) => [
    { label: "Read our patient education articles", href: articlesPath() },
    { label: "Check what your insurance covers", href: verifyInsuranceUrl },
  ],
};

/** A `noindex` thank-you page per form whose confirmation URL is a site path, with that form's confirmation copy. */
export function thankYouPages(forms: Forms, site: { verifyInsuranceUrl: string; hasPeople: boolean }): GeneratedPage<ThankYouView>[] {
  return (Object.keys(forms.forms) as FormId[])
    .filter((id) => forms.forms[id].confirmation.url.startsWith("/"))
    .map((id) => {
      const { title, text, url } = forms.forms[id].confirmation;
      return { kind: "thank-you", url, title, description: text, noindex: true, parents: [], schemaType: "WebPage", view: { text, links: NEXT[id](site) } };
    });
}
