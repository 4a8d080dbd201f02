import type { Graph } from "schema-dts";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/jsonld/graph.ts";
import { jsonLdScript } from "../../src/jsonld/serialize.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { checkPageGraph } from "../../src/jsonld/check/check-graph.ts";
import { urlSettings } from "../../src/urls/register.ts";
import { articlePage, insurers, site, imageFile } from "./inputs.ts";

const { md } = createMarkdown();
const markdown = (text: string) => md.render(text);
const PAGE = "content/articles/detox.md";

type Node = Record<string, any>;
type Faq = { question: string; answer: string };

/** The article's graph as plain JSON, to break on purpose. */
const graphNodes = (faq: Faq[] = articlePage.article!.faq): Node[] => {
  const page = { ...articlePage, article: { ...articlePage.article!, faq } };
  return structuredClone(buildGraph({ site, insurers, page, markdown, imageFile, urls: urlSettings(undefined) })["@graph"]) as unknown as Node[];
};
const byType = (nodes: Node[], type: string) => nodes.find((n) => n["@type"] === type)!;

/** A page as the theme writes it: the visible FAQ (escaped like Nunjucks does), then the JSON-LD. */
function pageHtml(nodes: Node[], faq: Faq[] = articlePage.article!.faq, extra = ""): string {
  const escape = (text: string) => text.replace(/&/g, "&amp;").replace(/'/g, "&#39;").replace(/"/g, "&quot;");
  const visible = faq.map((f, i) => `<h3 id="q${i}">${escape(f.question)}</h3>\n<div class="faq-answer">\n${markdown(f.answer)}\n</div>`);
  const script = jsonLdScript({ "@context": "https://schema.org", "@graph": nodes as unknown as Graph["@graph"] });
  return `<!DOCTYPE html><html><head><title>T</title>${extra}</head><body><section class="faq"><h2 id="_faq">FAQ</h2>${visible.join("\n")}</section>${script}</body></html>`;
}

const check = (html: string) => () => checkPageGraph(html, PAGE);

describe("checkPageGraph", () => {
  it("accepts the graph the theme builds for a page showing its FAQ", () => {
    expect(check(pageHtml(graphNodes()))).not.toThrow();
  });

  it("accepts questions with quotes and ampersands, and answers with tags beyond the simple ones", () => {
    const faq = [{ question: `What's "PHP" & IOP?`, answer: "Day programs. See `code`, <span class=\"x\">this</span>:\n\n#### Also" }];
    expect(check(pageHtml(graphNodes(faq), faq))).not.toThrow();
  });

  it("finds an answer whose links the graph makes absolute in the FAQ section only", () => {
    const faq = [{ question: "Is it covered?", answer: "Often. [Check yours](/verify-insurance/)." }];
    expect(byType(graphNodes(faq), "FAQPage").mainEntity[0].acceptedAnswer.text).toContain('href="https://clinic.example/verify-insurance/"');
    expect(check(pageHtml(graphNodes(faq), faq))).not.toThrow();
    // The same answer shown only after the FAQ's section (in an aside, say) is not the FAQ shown.
    const outside = pageHtml(graphNodes(faq), [{ question: "Is it covered?", answer: "Often." }]).replace("</section>", `</section><aside>${markdown(faq[0].answer)}</aside>`);
    expect(check(outside)).toThrow(/FAQPage.mainEntity\[0\].acceptedAnswer.text: not in the page's visible HTML/);
  });

  it("finds an answer in the FAQ's section as the HTML the build made its text from, and only there", () => {
    const faq = [{ question: "Is it covered?", answer: "Often. [Check yours](/verify-insurance/)." }];
    const nodes = graphNodes(faq);
    delete byType(nodes, "FAQPage")["@id"]; // without the page's URL the rewrite cannot make the page's links absolute
    const text = byType(nodes, "FAQPage").mainEntity[0].acceptedAnswer.text;
    const answerHtml = (t: string) => (t === text ? markdown(faq[0].answer) : undefined);
    expect(() => checkPageGraph(pageHtml(nodes, faq), PAGE)).toThrow(/acceptedAnswer.text: not in the page's visible HTML/);
    expect(() => checkPageGraph(pageHtml(nodes, faq), PAGE, answerHtml)).not.toThrow();
    const outside = pageHtml(nodes, [{ question: "Is it covered?", answer: "Often." }]).replace("</section>", `</section><aside>${markdown(faq[0].answer)}</aside>`);
    expect(() => checkPageGraph(outside, PAGE, answerHtml)).toThrow(/acceptedAnswer.text: not in the page's visible HTML/);
  });

  it("finds an answer holding a scrolling table (a section inside the FAQ's section) and a link after it", () => {
    const faq = [{ question: "How long?", answer: "| Week | Effect |\n| --- | --- |\n| 4 | Full |\n\n[Ask us](/contact/)." }];
    expect(markdown(faq[0].answer)).toContain("<section");
    expect(check(pageHtml(graphNodes(faq), faq))).not.toThrow();
  });

  it("fails when an FAQ answer or question is not shown on the page", () => {
    const shown = [articlePage.article!.faq[0], { question: "Is it paid?", answer: "Sometimes." }];
    expect(check(pageHtml(graphNodes(), shown))).toThrowErrorMatchingInlineSnapshot(`
      [HavenDataError: Haven found 2 problems in the built pages:
        - content/articles/detox.md: FAQPage.mainEntity[1].name: not in the page's visible HTML
        - content/articles/detox.md: FAQPage.mainEntity[1].acceptedAnswer.text: not in the page's visible HTML]
    `);
  });

  it("fails on a reference to a node the page does not have", () => {
    const nodes = graphNodes().filter((n) => n["@type"] !== "BreadcrumbList");
    byType(nodes, "Article").publisher = { "@id": "https://clinic.example/#publisher" };
    expect(check(pageHtml(nodes))).toThrowErrorMatchingInlineSnapshot(`
      [HavenDataError: Haven found 2 problems in the built pages:
        - content/articles/detox.md: MedicalWebPage.breadcrumb: @id https://clinic.example/articles/detox/#breadcrumb is not a node of the page's graph
        - content/articles/detox.md: Article.publisher: @id https://clinic.example/#publisher is not a node of the page's graph]
    `);
  });

  it("fails on a second FAQPage, even in another script", () => {
    const second = `<script type="application/ld+json">${JSON.stringify({ "@context": "https://schema.org", ...byType(graphNodes(), "FAQPage"), "@id": "https://clinic.example/articles/detox/#faq2" })}</script>`;
    expect(check(pageHtml(graphNodes(), undefined, second))).toThrowErrorMatchingInlineSnapshot(`
      [HavenDataError: Haven found 1 problem in the built pages:
        - content/articles/detox.md: FAQPage: 2 FAQPage nodes on one page (at most 1 allowed)]
    `);
  });

  it("fails on FAQ questions without a name or answer text", () => {
    const nodes = graphNodes();
    const questions = byType(nodes, "FAQPage").mainEntity;
    delete questions[0].name;
    questions[1].acceptedAnswer.text = " ";
    expect(check(pageHtml(nodes))).toThrowErrorMatchingInlineSnapshot(`
      [HavenDataError: Haven found 2 problems in the built pages:
        - content/articles/detox.md: FAQPage.mainEntity[0].name: missing
        - content/articles/detox.md: FAQPage.mainEntity[1].acceptedAnswer.text: missing]
    `);
  });

  it("fails on an Article without headline, with a non-ISO date or an author that is not a named Person or Organization", () => {
    const nodes = graphNodes();
    const article = byType(nodes, "Article");
    delete article.headline;
    article.datePublished = "March 2, 2026";
    delete article.dateModified;
    article.author = [{ "@type": "Person" }, { "@type": "Organization", name: "Clinic" }, { "@type": "Thing", name: "X" }];
    expect(check(pageHtml(nodes))).toThrowErrorMatchingInlineSnapshot(`
      [HavenDataError: Haven found 5 problems in the built pages:
        - content/articles/detox.md: Article.headline: missing
        - content/articles/detox.md: Article.datePublished: expected an ISO 8601 date, got "March 2, 2026"
        - content/articles/detox.md: Article.dateModified: missing
        - content/articles/detox.md: Article.author[0].name: missing
        - content/articles/detox.md: Article.author[2]: expected a Person or an Organization]
    `);
  });

  it("fails on breadcrumbs numbered wrong, unnamed or without a link before the last", () => {
    const nodes = graphNodes();
    const items = byType(nodes, "BreadcrumbList").itemListElement;
    items[0].position = 0;
    delete items[0].item;
    items[1].name = "";
    expect(check(pageHtml(nodes))).toThrowErrorMatchingInlineSnapshot(`
      [HavenDataError: Haven found 3 problems in the built pages:
        - content/articles/detox.md: BreadcrumbList.itemListElement[0].position: expected 1, got 0
        - content/articles/detox.md: BreadcrumbList.itemListElement[0].item: missing
        - content/articles/detox.md: BreadcrumbList.itemListElement[1].name: missing]
    `);
  });

  it("fails on a JSON-LD script that is not JSON", () => {
    const broken = '<script type="application/ld+json">{"@type": "Thing",}</script>';
    // The parser's own reason follows in brackets; its wording depends on the Node version.
    expect(check(pageHtml(graphNodes(), undefined, broken))).toThrow(`${PAGE}: JSON-LD script 1: not valid JSON (`);
  });
});

describe("duplicate ids, found in the same read of the page", () => {
  it("fails naming the page and the id a heading and a form field share", () => {
    const html = pageHtml(graphNodes(), undefined, '<h2 id="book-email">Book email</h2><label for="book-email">Email</label><input id="book-email">');
    expect(check(html)).toThrow(`${PAGE}: duplicate id "book-email" (2 elements)`);
  });
  it("ignores text that reads like an id, and single ids", () => {
    expect(check(pageHtml(graphNodes(), undefined, '<p>Write id="x" twice: id="x"</p><p id=\'y\'>y</p><code>&lt;b id="z"&gt;</code><b id="z">z</b>'))).not.toThrow();
  });
});
