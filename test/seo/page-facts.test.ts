import { expect, it } from "vitest";
import { pageFacts } from "../../src/seo/page-facts.ts";
import { site } from "../jsonld/inputs.ts";

const front = {
  title: "Detox",
  description: "What happens.",
  datePublished: new Date("2026-01-12T00:00:00Z"), // YAML gives dates as Date objects
  dateModified: "2026-02-20",
  lastReviewed: "2026-02-01",
  author: { name: "A. Writer" },
  reviewedBy: { name: "B. Doctor", credentials: "MD" },
};
const data = { ...front, site, insurers: [], collections: {}, page: { url: "/articles/detox/", inputPath: "./content/articles/detox.md" } };

it("reads an article's facts, its front matter validated with defaults filled in", () => {
  const facts = pageFacts(data, true);
  expect({ ...facts, article: undefined, credits: undefined }).toEqual({
    path: "/articles/detox/",
    home: "https://clinic.example/",
    url: "https://clinic.example/articles/detox/",
    title: "Detox",
    description: "What happens.",
    noindex: false,
    article: undefined,
    // An article shows a trail; the layout and the graph both read this one.
    trail: [{ name: "Home", url: "/" }, { name: "Detox" }],
  });
  expect(facts.article).toMatchObject({ datePublished: "2026-01-12", faq: [], sources: [], about: [], noindex: false });
});

it("reads other pages without the article schema, honouring noindex", () => {
  const facts = pageFacts({ site, title: "About", noindex: true, page: { url: "/about/", inputPath: "./content/about.md" } }, false);
  expect(facts).toEqual({ path: "/about/", home: "https://clinic.example/", url: "https://clinic.example/about/", title: "About", description: "", noindex: true, article: undefined });
});

it("names the file when an article's front matter is invalid", () => {
  expect(() => pageFacts({ ...data, title: "" }, true)).toThrow("content/articles/detox.md: title:");
});

it("reuses the build's check of the article while the page data holds the same front matter", () => {
  const article = pageFacts(data, true).article!;
  const checked = { frontMatter: { ...front }, article };
  // Eleventy merges objects into copies and adds its own keys from directory data.
  const pageData = { ...data, author: { ...front.author }, layout: "article", tags: ["articles"] };
  expect(pageFacts(pageData, true, checked).article).toBe(article);
});

it("validates again when the page data differs from the checked front matter", () => {
  const checked = { frontMatter: { ...front }, article: pageFacts(data, true).article! };
  const facts = pageFacts({ ...data, faq: [{ question: "Q?", answer: "A." }] }, true, checked);
  expect(facts.article).not.toBe(checked.article);
  expect(facts.article?.faq).toEqual([{ question: "Q?", answer: "A." }]);
  expect(() => pageFacts({ ...data, title: "" }, true, checked)).toThrow("content/articles/detox.md: title:");
});

it("puts the site under Eleventy's path prefix and percent-encodes the page's path", () => {
  const facts = pageFacts({ site, title: "Über", page: { url: "/articles/Über detox/", inputPath: "./content/x.njk" } }, false, undefined, "/clinic/");
  expect([facts.home, facts.url]).toEqual(["https://clinic.example/clinic/", "https://clinic.example/clinic/articles/%C3%9Cber%20detox/"]);
});
