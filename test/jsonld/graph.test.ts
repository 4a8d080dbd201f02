import { expect, it } from "vitest";
import { buildGraph } from "../../src/jsonld/graph.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { articlePage, insurers, plainPage, site, imageFile } from "./inputs.ts";

const { md } = createMarkdown();
const markdown = (text: string) => md.render(text);
const summary = (nodes: readonly unknown[]) => nodes.map((n) => [(n as Record<string, string>)["@type"], (n as Record<string, string>)["@id"]]);

it("composes a health article's graph: organization, website, page, breadcrumbs, article and FAQ", () => {
  const graph = buildGraph({ site, insurers, page: articlePage, markdown, imageFile });
  expect(graph["@context"]).toBe("https://schema.org");
  expect(summary(graph["@graph"])).toEqual([
    ["MedicalClinic", "https://clinic.example/#organization"],
    ["WebSite", "https://clinic.example/#website"],
    ["MedicalWebPage", "https://clinic.example/articles/detox/#webpage"],
    ["BreadcrumbList", "https://clinic.example/articles/detox/#breadcrumb"],
    ["Article", "https://clinic.example/articles/detox/#article"],
    ["FAQPage", "https://clinic.example/articles/detox/#_faq"],
  ]);
});

it("renders FAQ answers with the markdown it is given", () => {
  const faq = buildGraph({ site, insurers, page: articlePage, markdown, imageFile })["@graph"][5];
  expect(faq).toMatchObject({
    mainEntity: [
      { name: "How long is detox?", acceptedAnswer: { text: "<p>Usually <em>3 to 7</em> days.</p>\n" } },
      { name: "Is it covered?", acceptedAnswer: { text: '<p>Often. <a href="/verify-insurance/">Check yours</a>.</p>\n' } },
    ],
  });
});

it("describes the trail the page's facts decided, as the visible trail shows it", () => {
  const list = buildGraph({ site, insurers, page: articlePage, markdown, imageFile })["@graph"][3];
  expect(list).toMatchObject({ "@type": "BreadcrumbList", itemListElement: [{ name: "Home" }, { name: articlePage.title }] });
});

it("gives a page without a trail no BreadcrumbList, other pages no Article and an article without questions no FAQPage", () => {
  expect(summary(buildGraph({ site, insurers, page: plainPage, markdown, imageFile })["@graph"]).map(([type]) => type)).toEqual([
    "MedicalClinic",
    "WebSite",
    "WebPage",
  ]);
  const noFaq = { ...articlePage, article: { ...articlePage.article!, faq: [] } };
  expect(summary(buildGraph({ site, insurers, page: noFaq, markdown, imageFile })["@graph"]).map(([type]) => type)).not.toContain("FAQPage");
});
