import { expect, it } from "vitest";
import { answerSources } from "../../src/jsonld/answer-sources.ts";
import { faqPage } from "../../src/jsonld/faq-page.ts";

it("builds one Question per entry, with the answer HTML as acceptedAnswer.text", () => {
  const faq = [
    { question: "How long is detox?", answerHtml: "<p>Usually <em>3 to 7</em> days.</p>\n" },
    { question: "Is it covered?", answerHtml: '<p>Often. <a href="/verify-insurance/">Check yours</a>.</p>\n' },
  ];
  expect(faqPage("https://clinic.example/articles/detox/", faq)).toEqual({
    "@type": "FAQPage",
    "@id": "https://clinic.example/articles/detox/#_faq",
    isPartOf: { "@id": "https://clinic.example/articles/detox/#webpage" },
    mainEntity: [
      {
        "@type": "Question",
        name: "How long is detox?",
        acceptedAnswer: { "@type": "Answer", text: "<p>Usually <em>3 to 7</em> days.</p>\n" },
      },
      {
        "@type": "Question",
        name: "Is it covered?",
        acceptedAnswer: { "@type": "Answer", text: '<p>Often. <a href="/verify-insurance/">Check yours</a>.</p>\n' },
      },
    ],
  });
});

it("limits answers to simple tags", () => {
  const node = faqPage("https://clinic.example/x/", [{ question: "Q?", answerHtml: "<h4>Dose</h4><p>Take <code>2 mg</code>.</p>" }]);
  expect(node).toMatchObject({ mainEntity: [{ acceptedAnswer: { text: "<p><strong>Dose</strong></p><p>Take 2 mg.</p>" } }] });
});

it("records which answer HTML each answer's text was made from, for the page check", () => {
  const answers = answerSources();
  const answerHtml = '<p>Often. <a href="/verify-insurance/">Check yours</a>.</p>\n';
  const node = faqPage("https://clinic.example/x/", [{ question: "Covered?", answerHtml }], (href) => `https://clinic.example${href}`, answers);
  const text = (node.mainEntity as unknown as { acceptedAnswer: { text: string } }[])[0].acceptedAnswer.text;
  expect(text).toContain("https://clinic.example/verify-insurance/");
  expect(answers.htmlOf(text)).toBe(answerHtml);
  expect(answers.htmlOf("<p>Other</p>")).toBeUndefined();
});
