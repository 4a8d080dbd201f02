import type { FAQPage } from "schema-dts";
import { faqId, ref, webpageId } from "./ids.ts";
import { simpleHtml } from "./simple-html.ts";

/** One FAQ entry with its answer already rendered to HTML by the markdown that renders the visible FAQ. */
export interface RenderedFaq {
  question: string;
  answerHtml: string;
}

/**
 * The FAQPage node: each visible question with its answer's HTML, limited to simple tags, as `acceptedAnswer.text`;
 * `link` gives the absolute URL a link of the answer points to (see `linkTarget`), as crawlers read text without a base.
 */
export function faqPage(pageUrl: string, faq: RenderedFaq[], link: (href: string) => string = (href) => href): FAQPage {
  return {
    "@type": "FAQPage",
    "@id": faqId(pageUrl),
    isPartOf: ref(webpageId(pageUrl)),
    mainEntity: faq.map(({ question, answerHtml }) => ({
      "@type": "Question",
      name: question,
      acceptedAnswer: { "@type": "Answer", text: simpleHtml(answerHtml, link) },
    })),
  };
}
