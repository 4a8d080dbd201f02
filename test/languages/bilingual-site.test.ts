import { readFile } from "node:fs/promises";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { ENGLISH, LABEL_KEYS } from "../../src/templates/labels.ts";
import { SPANISH } from "../../src/templates/labels-es.ts";
import { buildSite, builtPages, readPage } from "../helpers/build-site.ts";

const ORIGIN = "https://www.cedarhollow.example";
let output: string;
let pages: Map<string, HTMLElement>;

beforeAll(async () => {
  const result = await buildSite("test/fixtures/bilingual-site/eleventy.config.ts");
  if (result.code !== 0) throw new Error(result.stderr);
  output = result.output;
  const urls = await builtPages(output);
  pages = new Map(await Promise.all(urls.map(async (url) => [url, await readPage(output, url)] as const)));
}, 120_000);

/** The longest fixed part of a label with placeholders: "articles found for" of "{count} articles found for …". */
const longestPart = (label: string) => label.split(/\{\w+\}/).map((part) => part.trim()).sort((a, b) => b.length - a.length)[0];
const spanishPages = () => [...pages].filter(([url]) => url.startsWith("/es/"));

/** What a visitor meets: text, the labels assistive technology reads, and the form script's messages. */
function shownTexts(doc: HTMLElement): string[] {
  const body = doc.querySelector("body")!.clone() as HTMLElement;
  body.querySelectorAll("script").forEach((s) => s.remove());
  const attributes = doc.querySelectorAll("[aria-label], [alt], [title]").flatMap((el) => ["aria-label", "alt", "title"].map((a) => el.getAttribute(a) ?? ""));
  const bundle = doc.querySelectorAll("[data-haven-form]").flatMap((form) => {
    const rules = JSON.parse(form.getAttribute("data-haven-form")!) as { messages: object; fields: { messages: object }[] };
    return [rules.messages, ...rules.fields.map((f) => f.messages)].flatMap((messages) => Object.values(messages) as string[]);
  });
  return [body.text, doc.querySelector("title")!.text, ...attributes, ...bundle];
}

describe("a Spanish page", () => {
  // English labels Spanish writes differently; "Error:" is the same in both.
  const english = LABEL_KEYS.filter((key) => ENGLISH[key] !== SPANISH[key]).map((key) => [key, longestPart(ENGLISH[key])] as const);
  const word = (text: string) => new RegExp(`(^|[^\\p{L}])${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}($|[^\\p{L}])`, "u");
  it("shows no label of the English table", () => {
    expect(spanishPages().length).toBeGreaterThanOrEqual(4);
    for (const [url, doc] of spanishPages()) {
      const shown = shownTexts(doc).join("\n");
      for (const [key, text] of english) expect(word(text).test(shown), `${url}: ${key} "${text}"`).toBe(false);
    }
  });
  it("is marked es-US in <html lang>, og:locale and the JSON-LD's inLanguage, with dates in Spanish", async () => {
    const doc = pages.get("/es/articulos/terapia-con-ketamina/")!;
    expect(doc.querySelector("html")!.getAttribute("lang")).toBe("es-US");
    expect(doc.querySelector('meta[property="og:locale"]')!.getAttribute("content")).toBe("es_US");
    expect(doc.querySelectorAll('meta[property="og:locale:alternate"]').map((m) => m.getAttribute("content"))).toEqual(["en_US"]);
    const graph = JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text)["@graph"];
    const languages = graph.filter((node: { inLanguage?: string }) => node.inLanguage).map((node: { "@type": string; inLanguage: string }) => `${node["@type"]} ${node.inLanguage}`);
    expect(languages).toEqual(["WebSite es-US", "MedicalWebPage es-US", "Article es-US"]);
    expect(doc.querySelector(".byline")!.text).toContain("1 de octubre de 2026");
    expect(doc.querySelector(".breadcrumbs a")!.getAttribute("href")).toBe("/es/");
  });
});

describe("translations", () => {
  const hreflangs = (doc: HTMLElement) => doc.querySelectorAll('link[rel="alternate"][hreflang]').map((l) => `${l.getAttribute("hreflang")} ${l.getAttribute("href")}`);
  it("link each other reciprocally, by absolute URL, with x-default, on every page that has them", () => {
    const translated = [...pages].filter(([, doc]) => hreflangs(doc).length);
    expect(translated.map(([url]) => url).sort()).toEqual([
      "/",
      "/articles/",
      "/articles/understanding-ketamine-therapy/",
      "/contact/",
      "/es/",
      "/es/articles/",
      "/es/articulos/terapia-con-ketamina/",
      "/es/contacto/",
      "/es/topics/",
      "/es/verificar-seguro/",
      "/topics/",
      "/verify-insurance/",
    ]);
    for (const [url, doc] of translated) {
      const links = hreflangs(doc);
      expect(links, url).toContain(`${doc.querySelector("html")!.getAttribute("lang")} ${ORIGIN}${url}`);
      expect(links.filter((l) => l.startsWith("x-default")), url).toHaveLength(1);
      for (const link of links) expect(hreflangs(pages.get(link.split(" ")[1].slice(ORIGIN.length))!), `${url} → ${link}`).toEqual(links);
    }
  });
  it("are in the sitemap as xhtml:link alternates", async () => {
    const sitemap = await readFile(`${output}/sitemap.xml`, "utf8");
    expect(sitemap).toContain('xmlns:xhtml="http://www.w3.org/1999/xhtml"');
    expect(sitemap).toContain(`<loc>${ORIGIN}/es/contacto/</loc><xhtml:link rel="alternate" hreflang="en-US" href="${ORIGIN}/contact/"/>`);
  });
  it("are what the language switcher links to, else the other language's home", () => {
    const switcher = (url: string) => pages.get(url)!.querySelectorAll(".language-switcher a").map((a) => `${a.getAttribute("lang")} ${a.getAttribute("href")} ${a.text}`);
    expect(switcher("/es/verificar-seguro/")).toEqual(["en-US /verify-insurance/ English"]);
    expect(switcher("/contact/")).toEqual(["es-US /es/contacto/ Español"]);
    expect(switcher("/about/")).toEqual(["es-US /es/ Español"]);
    // Pages Haven writes in every language link to their counterpart, though they have no hreflang (noindex).
    expect(switcher("/es/thank-you/contact/")).toEqual(["en-US /thank-you/contact/ English"]);
    expect(switcher("/search/")).toEqual(["es-US /es/search/ Español"]);
  });
});

describe("each language's feed", () => {
  const entries = (xml: string) => [...xml.matchAll(/<entry>[\s\S]*?<link rel="alternate" type="text\/html" href="([^"]+)"/g)].map((m) => m[1].slice(ORIGIN.length));
  it("lists that language's articles only, in that language, and is what its pages link to", async () => {
    const spanish = await readFile(`${output}/es/feed.xml`, "utf8");
    const english = await readFile(`${output}/feed.xml`, "utf8");
    expect(spanish).toContain('xml:lang="es-US"');
    expect(entries(spanish)).toEqual(["/es/articulos/terapia-con-ketamina/"]);
    expect(entries(english).length).toBeGreaterThan(0);
    expect(entries(english).some((url) => url.startsWith("/es/"))).toBe(false);
    const feedLink = (url: string) => pages.get(url)!.querySelector('link[type="application/atom+xml"]')!.getAttribute("href");
    expect(feedLink("/es/contacto/")).toBe(`${ORIGIN}/es/feed.xml`);
    expect(feedLink("/contact/")).toBe(`${ORIGIN}/feed.xml`);
  });
});

describe("the language-assistance notice", () => {
  it("shows the site's taglines in the footer of every page, each in its language, Arabic right to left", () => {
    for (const [url, doc] of pages) {
      const items = doc.querySelectorAll(".site-footer .footer-assistance li");
      expect(items.map((li) => [li.getAttribute("lang"), li.getAttribute("dir")]), url).toEqual([
        ["es", undefined],
        ["vi", undefined],
        ["ar", "rtl"],
      ]);
    }
  });
});

describe("a missing label", () => {
  it("fails the build before any page, naming the site file, the field, the key and the language", async () => {
    const result = await buildSite("test/fixtures/missing-label-site/eleventy.config.ts");
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain('test/fixtures/missing-label-site/content/_data/site.ts: languages[1] "vi-VN": no label "faqTitle" for language vi-VN');
    expect(result.stderr).not.toContain("Nunjucks");
  }, 120_000);
});
