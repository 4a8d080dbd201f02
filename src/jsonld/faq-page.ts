import type { FAQPage } from "schema-dts";
import { faqId, ref, webpageId } from "./ids.ts";
import type { AnswerSources } from "./answer-sources.ts";
import { simpleHtml } from "./simple-html.ts";

/** One FAQ entry with its answer already rendered to HTML by the markdown that renders the visible FAQ. */
export interface RenderedFaq {
  question: string;
  answerHtml: string;
}

/**
 * The FAQPage node: each visible question with its answer's HTML, limited to simple tags, as `acceptedAnswer.text`;
 * `link` gives the absolute URL a link of the answer points to (see `linkTarget`), as crawlers read text without a base;
 * `sources`, when given, records which answer HTML each text was made from, for the page check.
 */
export function faqPage(pageUrl: string, faq: RenderedFaq[], link: (href: string) => string = (href) => href, sources?: AnswerSources): FAQPage {
  return {
    "@type": "FAQPage",
    "@id": faqId(pageUrl),
    isPartOf: ref(webpageId(pageUrl)),
    mainEntity: faq.map(({ question, answerHtml }) => {
      const text = simpleHtml(answerHtml, link);
      sources?.add(text, answerHtml);
      return { "@type": "Question", name: question, acceptedAnswer: { "@type": "Answer", text } };
    }),
  };
}
