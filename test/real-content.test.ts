import { readFile } from "node:fs/promises";
import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../src/checks/browser.ts";
import { validateHtml } from "../src/checks/html.ts";
import { type Preview, startPreview } from "../src/receiver/preview.ts";
import { parse } from "node-html-parser";
import { fieldId, IDS } from "../src/templates/ids.ts";
import { buildSite, pageFile } from "./helpers/build-site.ts";

// Issue #19's "done when": a real public-domain page as written (an agency as author, no reviewer, a month
// as review date, a source without url or year, a wide table, a footnote, a heading in an FAQ answer).
const URL = "/articles/mental-health-medications/";
let output: string;
let html: string;
let browser: Browser;
let server: Preview;

beforeAll(async () => {
  const result = await buildSite("test/fixtures/real-content-site/eleventy.config.ts");
  if (result.code !== 0) throw new Error(result.stderr);
  output = result.output;
  html = await readFile(pageFile(output, URL), "utf8");
  server = await startPreview(output);
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const graph = () => JSON.parse(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html)![1])["@graph"] as Record<string, unknown>[];

it("states an Organization author and no review in JSON-LD, and the month it was reviewed", () => {
  const nodes = graph();
  const article = nodes.find((n) => n["@type"] === "Article")!;
  const page = nodes.find((n) => n["@type"] === "MedicalWebPage")!;
  expect(article.author).toEqual({ "@type": "Organization", name: "National Institute of Mental Health", url: "https://www.nimh.nih.gov/" });
  expect(article.isBasedOn).toMatchObject({ name: "Mental Health Medications" });
  expect(page).not.toHaveProperty("reviewedBy");
  expect(page.lastReviewed).toBe("2023-12");
  expect(html).not.toContain("Medically reviewed by");
  expect(html).toContain('<time datetime="2023-12">December 2023</time>');
  expect(html).toMatch(/<li>Mental Health Medications\. National Institute of Mental Health\.<\/li>/);
});

// Headings "Book email", "Main", "FAQ", "Sources", "Toc" beside the theme's form, FAQ and sources (their ids start with _).
const NAMED_LIKE_IDS = "/articles/headings-named-like-theme-ids/";

it("keeps headings named like the theme's parts from taking their ids: unique ids, every label on its control", async () => {
  const doc = parse(await readFile(pageFile(output, NAMED_LIKE_IDS), "utf8"));
  const headingIds = doc.querySelectorAll(".article-body h2").map((h) => h.id);
  expect(headingIds).toEqual(["book-email", "main", "faq", "sources", "toc", "toc-title", "closing-cta-title", "site-nav"]);
  const all = doc.querySelectorAll("[id]").map((el) => el.id);
  expect(all.length - new Set(all).size).toBe(0);
  const labels = doc.querySelectorAll("label[for]");
  expect(labels.length).toBeGreaterThan(2);
  for (const label of labels) expect(doc.getElementById(label.getAttribute("for")!)?.tagName, label.text).toMatch(/^(INPUT|SELECT|TEXTAREA)$/);
  expect(doc.getElementById(fieldId("book", "email"))?.tagName).toBe("INPUT");
  for (const id of [IDS.main, IDS.faq, IDS.sources, IDS.tocTitle, IDS.closingCtaTitle]) expect(doc.getElementById(id), id).not.toBeNull();
  // The TOC links the layout's FAQ and sources, not the body's headings of those names.
  const toc = doc.querySelectorAll("nav.toc a").map((a) => a.getAttribute("href"));
  expect(toc).toEqual(expect.arrayContaining(["#faq", `#${IDS.faq}`, "#sources", `#${IDS.sources}`]));
});

it("gives the article with theme-like headings no axe violations: the book form's fields keep their labels", async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url + NAMED_LIKE_IDS);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  expect(await page.getByLabel(/e-mail/i).first().getAttribute("id")).toBe(fieldId("book", "email"));
  await context.close();
});

it("passes html-validate", async () => {
  expect(await validateHtml(pageFile(output, URL))).toBe(0);
});

it("has no axe violations and never scrolls sideways at 320 px; the wide table scrolls in its own focusable region", async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 800 } });
  const page = await context.newPage();
  await page.goto(server.url + URL);
  const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
  expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`)).toEqual([]);
  expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(0);
  const region = page.locator(".article-body .table-scroll");
  expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  await region.focus();
  await page.keyboard.press("ArrowRight");
  // Chromium animates keyboard scrolling: wait for the region to move rather than reading it at once.
  await expect.poll(() => region.evaluate((el) => el.scrollLeft), { timeout: 5_000 }).toBeGreaterThan(0);
  await context.close();
});
