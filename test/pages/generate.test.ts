import { describe, expect, it } from "vitest";
import { articleSchema } from "../../src/data/article-schema.ts";
import { siteSchema } from "../../src/data/site-schema.ts";
import { formsDataSchema } from "../../src/forms/data-schema.ts";
import { optionsSchema } from "../../src/options.ts";
import { articleCards } from "../../src/pages/catalog.ts";
import { generatePages } from "../../src/pages/generate.ts";
import type { GeneratedPage } from "../../src/pages/model.ts";
import { ENGLISH } from "../../src/templates/labels.ts";
import { createLabels } from "../../src/templates/labels-resolve.ts";
import { insurers } from "../jsonld/inputs.ts";
import { spanishCta } from "../helpers/cta-es.ts";

// A bilingual site nobody edits: its Spanish folder is `/es/`, one article in each language.
const site = siteSchema.parse({
  url: "https://clinica.example",
  languages: ["en-US", "es-US"],
  organization: { type: "MedicalClinic", name: "Clínica Ejemplo", address: { street: "1 Calle Mayor", locality: "Santa Ana", region: "CA", postalCode: "92701", country: "US" } },
  phones: { call: "+17145550123", text: "+17145550147" },
  crisisLine: { phone: "988", message: "Call or text 988." },
  translations: { "es-US": { cta: spanishCta } },
});
const article = (title: string, category: string) =>
  articleSchema.parse({ title, description: "d", datePublished: "2026-03-01", dateModified: "2026-03-01", lastReviewed: "2026-03-01", author: "a", reviewedBy: "b", category });
const cards = articleCards(
  [
    { url: "/articles/sleep/", inputPath: "articles/sleep.md", article: article("Sleep after detox", "Recovery") },
    { url: "/es/articulos/sueno/", inputPath: "es/articulos/sueno.md", article: article("El sueño después de la desintoxicación", "Recuperación") },
  ],
  [],
);
const content = { site, insurers, people: [], forms: formsDataSchema.parse(undefined), cards };
const making = { options: optionsSchema.parse({}), markdown: (text: string) => text, labelsFor: createLabels() };
const generate = (claimed = new Map<string, string | undefined>()) => generatePages(content, making, claimed);
const byUrl = (pages: GeneratedPage[]) => new Map(pages.map((page) => [page.url, page]));

describe("generated pages in a second language", () => {
  it("are written under the language's folder, with the theme's pages there too", () => {
    const urls = generate().pages.map((page) => page.url);
    expect(urls.filter((url) => url.startsWith("/es/")).sort()).toEqual([
      "/es/",
      "/es/articles/",
      "/es/thank-you/book/",
      "/es/thank-you/contact/",
      "/es/thank-you/verify-insurance/",
      "/es/topics/",
      "/es/topics/recuperacion/",
    ]);
  });
  it("list only that language's articles, titled in Spanish", () => {
    const pages = byUrl(generate().pages);
    const listing = pages.get("/es/articles/")! as GeneratedPage<{ cards: { title: string }[] }>;
    expect(listing.view.cards.map((card) => card.title)).toEqual(["El sueño después de la desintoxicación"]);
    expect(listing.title).not.toBe(ENGLISH.articles);
    expect(pages.get("/es/thank-you/contact/")!.title).not.toBe(pages.get("/thank-you/contact/")!.title);
  });
  it("share a translation key with their default-language page, except noindex pages", () => {
    const pages = byUrl(generate().pages);
    expect(pages.get("/es/articles/")!.translationKey).toBe(pages.get("/articles/")!.translationKey);
    expect(pages.get("/es/")!.translationKey).toBe(pages.get("/")!.translationKey);
    expect(pages.get("/es/thank-you/book/")!.translationKey).toBeUndefined();
  });
});

describe("a site page at a generated page's URL", () => {
  it("replaces it; without a key of its own it takes the generated key, so the translations still link", () => {
    const { pages, implicitKeys } = generate(new Map([["/es/", undefined]]));
    expect(byUrl(pages).has("/es/")).toBe(false);
    expect(implicitKeys.get("/es/")).toBe(byUrl(pages).get("/")!.translationKey);
  });
  it("with a key of its own gives that key to the other languages' generated pages", () => {
    const { pages, implicitKeys } = generate(new Map([["/articles/", "our-articles"]]));
    expect(byUrl(pages).get("/es/articles/")!.translationKey).toBe("our-articles");
    expect(implicitKeys.size).toBe(0);
  });
});
