import { beforeAll, describe, expect, inject, it } from "vitest";
import type { HTMLElement } from "node-html-parser";
import { formatPhone } from "../../src/data/phone.ts";
import site from "../fixtures/theme-site/content/_data/site.ts";
import { builtPages, readPage } from "../helpers/build-site.ts";

const ARTICLE = "/articles/understanding-ketamine-therapy/";
const output = inject("exampleSite");
let article: HTMLElement;

beforeAll(async () => {
  article = await readPage(output, ARTICLE);
});

/** Index of an element in document order, to compare positions. */
const position = (doc: HTMLElement, selector: string) => doc.querySelectorAll("*").indexOf(doc.querySelector(selector)!);

describe("components on the example article", () => {
  it("shows the crisis notice near the top, before the table of contents", () => {
    expect(position(article, ".article .crisis-notice")).toBeGreaterThan(position(article, "h1"));
    expect(position(article, ".article .crisis-notice")).toBeLessThan(position(article, "nav.toc"));
  });
  it("places the insurance call-out mid-article, between body sections", () => {
    const callout = position(article, ".article-body .callout-insurance");
    const sections = article.querySelectorAll(".article-body > h2").map((h) => position(article, `#${h.id}`));
    expect(sections.filter((p) => p < callout).length).toBeGreaterThanOrEqual(2);
    expect(sections.filter((p) => p > callout).length).toBeGreaterThanOrEqual(2);
  });
  it("ends with one closing block holding the call and text links, then the opted-in book offer and insurer badges", () => {
    const order = [".article-body", ".callout-closing", ".faq", ".callout-book", ".insurers"];
    const positions = order.map((s) => position(article, s));
    expect(positions.every((p) => p >= 0)).toBe(true);
    expect([...positions].sort((a, b) => a - b)).toEqual(positions);
    const closing = article.querySelector(".callout-closing")!;
    expect(closing.querySelectorAll('a[href^="tel:"]').length).toBeGreaterThan(0);
    expect(closing.querySelectorAll('a[href^="sms:"]').length).toBeGreaterThan(0);
    expect(article.querySelector(".callout-call")).toBeNull();
    expect(article.querySelectorAll(".insurer-badges li")).toHaveLength(8);
  });
});

describe("every built page", () => {
  it("has no image without alt text and dimensions, and loads nothing from another host", async () => {
    for (const url of await builtPages(output)) {
      const doc = await readPage(output, url);
      for (const img of doc.querySelectorAll("img")) {
        expect(img.attributes, url).toHaveProperty("alt");
        expect(img.getAttribute("width"), url).toMatch(/^\d+$/);
        expect(img.getAttribute("height"), url).toMatch(/^\d+$/);
      }
      // Canonical, neighbour and feed links name pages by their absolute URLs; they load nothing.
      const resources = doc.querySelectorAll('[src], link[href]:not([rel="canonical"], [rel="prev"], [rel="next"], [rel="alternate"])').map((el) => el.getAttribute("src") ?? el.getAttribute("href")!);
      for (const ref of resources) expect(ref, url).toMatch(/^\/(?!\/)/);
    }
  });
  it("shows phone numbers only as the phone filter formats the configured ones", async () => {
    // As phone-link.njk shows them: the filter's text, hyphens non-breaking.
    const allowed = new Set([site.phones.call, site.phones.text].map((n) => formatPhone(n).replaceAll("-", "\u2011")));
    for (const url of await builtPages(output)) {
      const text = (await readPage(output, url)).text;
      for (const shown of text.match(/\(?\d{3}\)?[ .\u00a0-]\d{3}[-\u2011]\d{4}/g) ?? []) expect(allowed, url).toContain(shown);
    }
  });
});
