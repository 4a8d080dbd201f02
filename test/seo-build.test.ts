import { readFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import { loadYaml } from "../src/data/front-matter.ts";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, inject, it } from "vitest";
import siteInput from "./fixtures/theme-site/content/_data/site.ts";
import { builtPages, readPage } from "./helpers/build-site.ts";

type Node = Record<string, any>;
const ARTICLE = "/articles/understanding-ketamine-therapy/";
const output = inject("exampleSite");
const siteUrl = siteInput.url.replace(/\/+$/, "");
const docs = new Map<string, HTMLElement>();

beforeAll(async () => {
  for (const url of await builtPages(output)) docs.set(url, await readPage(output, url));
});

/** The nodes of a page's JSON-LD, asserting there is exactly one script holding an `@graph`. */
function graphOf(url: string): Node[] {
  const scripts = docs.get(url)!.querySelectorAll('script[type="application/ld+json"]');
  expect(scripts, url).toHaveLength(1);
  const json = JSON.parse(scripts[0].rawText);
  expect(json["@context"]).toBe("https://schema.org");
  return json["@graph"];
}

/** Every `{ "@id" }` reference inside a value. */
function references(value: unknown): string[] {
  if (Array.isArray(value)) return value.flatMap(references);
  if (typeof value !== "object" || value === null) return [];
  const entries = Object.entries(value);
  if (entries.length === 1 && entries[0][0] === "@id") return [entries[0][1] as string];
  return entries.flatMap(([, v]) => references(v));
}

const meta = (doc: HTMLElement, key: string) =>
  doc.querySelector(`meta[property="${key}"], meta[name="${key}"]`)?.getAttribute("content");
/** The front matter of the article at a URL (its dates as YAML gives them: Date objects). */
const frontMatter = async (url: string) =>
  matter(await readFile(path.join("test/fixtures/theme-site/content", `${url.slice(0, -1)}.md`), "utf8"), { engines: { yaml: loadYaml } }).data;
const node = (nodes: Node[], type: string) => nodes.find((n) => n["@type"] === type)!;
const indexable = (url: string) => meta(docs.get(url)!, "robots") !== "noindex";

describe("structured data on every built page", () => {
  it("has one graph whose references all resolve, with the same organization and website everywhere", () => {
    const organizations = new Set<string>();
    for (const url of docs.keys()) {
      const nodes = graphOf(url);
      const ids = new Set(nodes.map((n) => n["@id"]));
      for (const id of references(nodes)) expect(ids, `${url} → ${id}`).toContain(id);
      organizations.add(JSON.stringify(nodes[0]));
      expect(nodes.filter((n) => n["@type"] === "FAQPage").length, url).toBeLessThanOrEqual(1);
    }
    expect(organizations.size).toBe(1);
    expect(JSON.parse([...organizations][0])["@id"]).toBe(`${siteUrl}/#organization`);
  });

  it("names the page by its canonical URL, the same in og:url and the page node", () => {
    for (const [url, doc] of docs) {
      const canonical = doc.querySelector('link[rel="canonical"]')?.getAttribute("href");
      expect(canonical, url).toBe(siteUrl + url);
      expect(meta(doc, "og:url"), url).toBe(canonical);
      const page = graphOf(url).find((n) => String(n["@id"]).endsWith("#webpage"))!;
      expect(page["@id"], url).toBe(`${canonical}#webpage`);
      expect(page.url, url).toBe(canonical);
    }
  });

  it("gives every page Open Graph and Twitter tags matching its title and description", () => {
    for (const [url, doc] of docs) {
      const description = doc.querySelector('meta[name="description"]')?.getAttribute("content");
      const page = graphOf(url).find((n) => String(n["@id"]).endsWith("#webpage"))!;
      expect(meta(doc, "og:title"), url).toBe(doc.querySelector("h1")?.text);
      expect(page.name, url).toBe(meta(doc, "og:title"));
      expect(meta(doc, "og:description"), url).toBe(description);
      expect(meta(doc, "twitter:card"), url).toMatch(/^summary(_large_image)?$/);
      expect(meta(doc, "twitter:title"), url).toBe(meta(doc, "og:title"));
      expect(meta(doc, "og:site_name"), url).toBe(siteInput.organization.name);
    }
  });

  it("describes breadcrumbs exactly as the visible trail shows them, and none on a page that shows none", () => {
    let withTrail = 0;
    for (const [url, doc] of docs) {
      const visible = doc.querySelectorAll("nav.breadcrumbs li").map((li) => {
        const href = li.querySelector("a")?.getAttribute("href");
        return { name: li.text.trim(), ...(href && { item: siteUrl + href }) };
      });
      const lists = graphOf(url).filter((n) => n["@type"] === "BreadcrumbList");
      if (!visible.length) {
        expect(lists, `${url} shows no trail`).toEqual([]);
        continue;
      }
      withTrail++;
      const items = lists[0].itemListElement as Node[];
      expect(items.map(({ name, item }) => ({ name, ...(item && { item }) })), url).toEqual(visible);
      expect(items.map((i) => i.position), url).toEqual(visible.map((_, i) => i + 1));
    }
    expect(withTrail).toBeGreaterThanOrEqual(3);
    for (const url of ["/", "/contact/", "/about/"]) expect(docs.get(url)?.querySelector("nav.breadcrumbs"), url).toBeFalsy();
  });
});

describe("the ketamine article's graph", () => {
  it("links page, article, breadcrumbs, FAQ, website and organization by @id", () => {
    const nodes = graphOf(ARTICLE);
    const id = (type: string) => node(nodes, type)["@id"];
    expect(nodes.map((n) => n["@type"])).toEqual(["MedicalClinic", "WebSite", "MedicalWebPage", "BreadcrumbList", "Article", "FAQPage"]);
    expect(node(nodes, "WebSite").publisher).toEqual({ "@id": id("MedicalClinic") });
    expect(node(nodes, "MedicalWebPage")).toMatchObject({ isPartOf: { "@id": id("WebSite") }, breadcrumb: { "@id": id("BreadcrumbList") } });
    expect(node(nodes, "Article")).toMatchObject({ publisher: { "@id": id("MedicalClinic") }, mainEntityOfPage: { "@id": id("MedicalWebPage") } });
    expect(node(nodes, "FAQPage").isPartOf).toEqual({ "@id": id("MedicalWebPage") });
  });

  it("states the front matter's dates, review and sources", async () => {
    const front = await frontMatter(ARTICLE);
    const nodes = graphOf(ARTICLE);
    expect(node(nodes, "Article")).toMatchObject({ headline: front.title, datePublished: front.datePublished, dateModified: front.dateModified });
    expect(node(nodes, "MedicalWebPage")).toMatchObject({ lastReviewed: front.lastReviewed, reviewedBy: { name: front.reviewedBy.name } });
    // Each listed source links what its citation names: its URL, then its DOI.
    const listed = docs.get(ARTICLE)!.querySelectorAll(".sources li").map((li) => li.querySelectorAll("a").map((a) => a.getAttribute("href")));
    const cited = node(nodes, "Article").citation as Node[];
    expect(cited.map((c) => [c.url, c.sameAs].filter(Boolean))).toEqual(listed);
  });

  it("has an FAQPage with exactly the visible questions and answers, its links absolute", () => {
    const doc = docs.get(ARTICLE)!;
    const visible = doc.querySelectorAll(".faq h3").map((h3) => ({
      name: h3.text,
      text: (h3.nextElementSibling as HTMLElement).innerHTML.trim().replaceAll('href="/', `href="${siteUrl}/`),
    }));
    expect(visible.some(({ text }) => text.includes(`href="${siteUrl}/verify-insurance/"`))).toBe(true);
    expect(visible.length).toBeGreaterThanOrEqual(10);
    const questions = node(graphOf(ARTICLE), "FAQPage").mainEntity as Node[];
    expect(questions.map((q) => ({ name: q.name, text: q.acceptedAnswer.text.trim() }))).toEqual(visible);
  });
});

describe("sitemap and robots", () => {
  it("keeps noindex pages out of search: the 404, search and each form's thank-you page have meta robots noindex, every other page is indexable", () => {
    expect(meta(docs.get("/404.html")!, "robots")).toBe("noindex");
    const thanks = ["/thank-you/book/", "/thank-you/contact/", "/thank-you/verify-insurance/"];
    expect([...docs.keys()].filter((url) => !indexable(url)).sort()).toEqual(["/404.html", "/search/", ...thanks]);
  });

  it("lists every indexable page, by absolute URL, with lastmod from dateModified", async () => {
    const xml = await readFile(path.join(output, "sitemap.xml"), "utf8");
    const entries = [...xml.matchAll(/<url><loc>([^<]+)<\/loc>(?:<lastmod>([^<]+)<\/lastmod>)?<\/url>/g)];
    expect(entries.map((m) => m[1]).sort()).toEqual([...docs.keys()].filter(indexable).map((url) => siteUrl + url).sort());
    for (const [, loc, lastmod] of entries) {
      const url = loc.slice(siteUrl.length);
      if (!/^\/articles\/(?!page\/)[^/]+\/$/.test(url)) continue;
      const front = await frontMatter(url);
      expect(lastmod, url).toBe(front.dateModified ?? front.datePublished);
    }
  });

  it("points robots.txt to the sitemap", async () => {
    const robots = await readFile(path.join(output, "robots.txt"), "utf8");
    expect(robots).toContain(`Sitemap: ${siteUrl}/sitemap.xml`);
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).not.toMatch(/^Disallow: \/$/m);
  });
});
