import { beforeAll, describe, expect, inject, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { IDS } from "../src/templates/ids.ts";
import { builtPages, readPage } from "./helpers/build-site.ts";

const ARTICLE = "/articles/understanding-ketamine-therapy/";
const result = { output: inject("exampleSite") };
let pages: string[];

beforeAll(async () => {
  pages = await builtPages(result.output);
});

const ids = (doc: HTMLElement) => doc.querySelectorAll("[id]").map((el) => el.id);

describe("the example site build", () => {
  it("writes the article, home, about and 404 pages", () => {
    expect(pages).toEqual(expect.arrayContaining(["/", "/404.html", "/about/", ARTICLE]));
  });

  it("gives every page one h1, a skip link with a target, and unique ids", async () => {
    for (const url of pages) {
      const doc = await readPage(result.output, url);
      expect(doc.querySelectorAll("h1"), url).toHaveLength(1);
      const skip = doc.querySelector("a.skip-link")?.getAttribute("href");
      expect(skip, url).toBe(`#${IDS.main}`);
      expect(doc.getElementById(IDS.main)?.tagName, url).toBe("MAIN");
      const all = ids(doc);
      expect(new Set(all).size, `${url} has duplicate ids`).toBe(all.length);
    }
  });

  it("gives an id without a leading _ only to headings of the body or the FAQ: every other id is the theme's", async () => {
    for (const url of pages) {
      const doc = await readPage(result.output, url);
      const headings = new Set(doc.querySelectorAll(".article-body > :is(h2,h3,h4,h5,h6), main > :is(h2,h3,h4,h5,h6), .faq > h3").map((h) => h.id));
      for (const id of ids(doc)) if (!id.startsWith("_")) expect(headings.has(id), `${url} #${id}`).toBe(true);
    }
  });

  it("links every TOC entry to a heading on the page, including the FAQ questions", async () => {
    const doc = await readPage(result.output, ARTICLE);
    const links = doc.querySelectorAll("nav.toc a").map((a) => a.getAttribute("href")!.slice(1));
    expect(links.length).toBeGreaterThan(20);
    for (const id of links) expect(doc.getElementById(id)?.tagName, id).toMatch(/^H[2-6]$/);
    const questions = doc.querySelectorAll(".faq h3").map((h) => h.id);
    expect(questions.length).toBeGreaterThanOrEqual(10);
    expect(links).toEqual(expect.arrayContaining([IDS.faq, IDS.sources, ...questions]));
  });

  it("lists every H2 and H3 of the article body (not of call-outs) in the TOC, in order", async () => {
    const doc = await readPage(result.output, ARTICLE);
    const headings = doc.querySelectorAll(".article-body > h2, .article-body > h3").map((h) => h.id);
    const links = doc.querySelectorAll("nav.toc a").map((a) => a.getAttribute("href")!.slice(1));
    expect(links.slice(0, headings.length)).toEqual(headings);
  });

  it("nests the TOC as the headings nest: each H3 under the H2 before it, the FAQ questions under the FAQ", async () => {
    const doc = await readPage(result.output, ARTICLE);
    // The TOC as a tree of ids, read from the nested lists themselves.
    const tree = (list: HTMLElement): unknown[] =>
      list.querySelectorAll(":scope > li").map((li) => {
        const id = li.querySelector("a")!.getAttribute("href")!.slice(1);
        const sub = li.querySelector(":scope > ol");
        return sub ? { [id]: tree(sub) } : id;
      });
    const expected: unknown[] = [];
    for (const h of doc.querySelectorAll(".article-body > h2, .article-body > h3")) {
      if (h.tagName === "H2") expected.push(h.id);
      else {
        const last = expected.pop()!;
        const parent = typeof last === "string" ? { [last]: [] as string[] } : (last as Record<string, string[]>);
        Object.values(parent)[0].push(h.id);
        expected.push(parent);
      }
    }
    expected.push({ [IDS.faq]: doc.querySelectorAll(".faq h3").map((h) => h.id) }, IDS.sources);
    expect(expected.some((e) => typeof e === "object" && !(IDS.faq in (e as object)))).toBe(true);
    expect(tree(doc.querySelector("nav.toc details > ol")!)).toEqual(expected);
  });

  it("uses E.164 numbers (or short codes) in every tel: and sms: link", async () => {
    for (const url of pages) {
      const doc = await readPage(result.output, url);
      const hrefs = doc.querySelectorAll('a[href^="tel:"], a[href^="sms:"]').map((a) => a.getAttribute("href")!);
      expect(hrefs.length, url).toBeGreaterThanOrEqual(4);
      for (const href of hrefs) expect(href).toMatch(/^(tel|sms):(\+[1-9]\d{6,14}|\d{3,6})$/);
    }
  });

  it("shows the byline with review date, the FAQ answers and the sources", async () => {
    const doc = await readPage(result.output, ARTICLE);
    expect(doc.querySelector(".byline")?.text).toContain("Medically reviewed by");
    expect(doc.querySelector(".byline time")?.getAttribute("datetime")).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(doc.querySelectorAll(".faq-answer ul").length).toBeGreaterThanOrEqual(1);
    expect(doc.querySelectorAll(".sources li").length).toBe(5);
  });

  it("lists articles on the home page newest first", async () => {
    const doc = await readPage(result.output, "/");
    const hrefs = doc.querySelectorAll(".article-list h2 a").map((a) => a.getAttribute("href"));
    expect(hrefs).toEqual([
      "/articles/talking-to-family-about-treatment/", // published 2026-04-06
      ARTICLE, // 2026-03-02
      "/articles/what-to-expect-in-detox/", // 2026-01-12
    ]);
  });
});
