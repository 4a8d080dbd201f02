import { readFile } from "node:fs/promises";
import path from "node:path";
import type { HTMLElement } from "node-html-parser";
import { beforeAll, describe, expect, it } from "vitest";
import { buildSite, builtPages, readPage } from "./helpers/build-site.ts";
import { writeCatalogSite } from "./helpers/catalog-site.ts";

// A generated site (test/helpers/catalog-site.ts): 12 articles, one a day from March 1 (article-0) to 12
// (article-11), over four topics, three people, two locations, five articles a page.
let output: string;
beforeAll(async () => {
  const result = await buildSite(await writeCatalogSite());
  if (result.code !== 0) throw new Error(result.stderr);
  output = result.output;
});

const SITE = "https://www.lakeside-clinic.example";
const graphOf = (doc: HTMLElement) => JSON.parse(doc.querySelector('script[type="application/ld+json"]')!.text)["@graph"] as Record<string, any>[];
const cardLinks = (doc: HTMLElement) => doc.querySelectorAll("main .article-list a").map((a) => a.getAttribute("href"));
const head = (doc: HTMLElement, rel: string) => doc.querySelector(`head link[rel="${rel}"]`)?.getAttribute("href");
const trail = (doc: HTMLElement) => doc.querySelectorAll(".breadcrumbs li").map((li) => li.text.trim());

describe("the article index", () => {
  it("lists every article newest first, five a page, each page its own canonical URL linked to its neighbours", async () => {
    const pages = await Promise.all(["/articles/", "/articles/page/2/", "/articles/page/3/"].map((url) => readPage(output, url)));
    expect(pages.flatMap(cardLinks)).toEqual(Array.from({ length: 12 }, (_, i) => `/articles/article-${11 - i}/`));
    expect(pages.map((doc) => head(doc, "canonical"))).toEqual([`${SITE}/articles/`, `${SITE}/articles/page/2/`, `${SITE}/articles/page/3/`]);
    expect([head(pages[0], "prev"), head(pages[0], "next")]).toEqual([undefined, `${SITE}/articles/page/2/`]);
    expect([head(pages[1], "prev"), head(pages[1], "next")]).toEqual([`${SITE}/articles/`, `${SITE}/articles/page/3/`]);
    expect([head(pages[2], "prev"), head(pages[2], "next")]).toEqual([`${SITE}/articles/page/2/`, undefined]);
    expect(pages[1].querySelector("h1")?.text).toBe("Articles, page 2 of 3");
    expect(trail(pages[1])).toEqual(["Home", "Articles", "Articles, page 2 of 3"]);
  });
  it("shows each article's publication date, the date it is sorted by", async () => {
    const doc = await readPage(output, "/articles/");
    expect(doc.querySelectorAll("main .article-list time").map((t) => t.getAttribute("datetime"))).toEqual(["2026-03-12", "2026-03-11", "2026-03-10", "2026-03-09", "2026-03-08"]);
  });
});

describe("topics", () => {
  it("gives each topic from category and topics its own paginated CollectionPage, and an index with counts", async () => {
    const index = await readPage(output, "/topics/");
    expect(index.querySelectorAll("main .topic-list li").map((li) => li.text.trim())).toEqual([
      "Addiction treatment (3 articles)",
      "Depression (6 articles)",
      "Family support (3 articles)",
      "Ketamine & <esketamine> (3 articles)",
      "Sueño y salud (3 articles)",
    ]);
    const depression = [await readPage(output, "/topics/depression/"), await readPage(output, "/topics/depression/page/2/")];
    // Category Depression (0, 4, 8) and topic Depression (2, 6, 10), newest first.
    expect(depression.flatMap(cardLinks)).toEqual([10, 8, 6, 4, 2, 0].map((i) => `/articles/article-${i}/`));
    expect(graphOf(depression[1]).find((n) => n["@type"] === "CollectionPage")?.url).toBe(`${SITE}/topics/depression/page/2/`);
    expect(trail(depression[0])).toEqual(["Home", "Topics", "Depression"]);
  });
});

describe("people", () => {
  it("gives each person a profile page listing what they wrote and reviewed", async () => {
    const jun = await readPage(output, "/people/jun-takeda/");
    expect(jun.querySelector("h1")?.text).toBe("Jun Takeda, MA, LMFT");
    // Jun writes the odd articles that are not guest-written (i % 3 === 2).
    expect(cardLinks(jun)).toEqual([9, 7, 3, 1].map((i) => `/articles/article-${i}/`));
    const amara = await readPage(output, "/people/amara-okafor/");
    expect(cardLinks(amara)).toHaveLength(12);
    expect(amara.querySelector("main em")?.text).toBe("leads");
  });
  it("links bylines to profiles, and describes each person with one @id, job title, licence and employer on every page", async () => {
    const articleDoc = await readPage(output, "/articles/article-1/");
    expect(articleDoc.querySelectorAll(".byline a").map((a) => a.getAttribute("href"))).toEqual(["/people/jun-takeda/", "/people/amara-okafor/"]);
    const id = `${SITE}/people/amara-okafor/#person`;
    const fromArticle = graphOf(articleDoc).find((n) => n["@id"] === id);
    const fromProfile = graphOf(await readPage(output, "/people/amara-okafor/")).find((n) => n["@id"] === id);
    expect(fromArticle).toEqual(fromProfile);
    expect(fromArticle).toMatchObject({
      "@type": "Person",
      jobTitle: "Medical Director",
      worksFor: { "@id": `${SITE}/#organization` },
      hasCredential: [{ "@type": "EducationalOccupationalCredential", name: "Physician and Surgeon", identifier: "A 000001" }],
    });
    const page = graphOf(articleDoc).find((n) => n["@type"] === "MedicalWebPage");
    expect(page?.reviewedBy).toEqual({ "@id": id });
  });
});

describe("related articles", () => {
  it("ends each article with three others, same main topic first, never itself", async () => {
    for (const url of (await builtPages(output)).filter((u) => /^\/articles\/article-\d+\/$/.test(u))) {
      const doc = await readPage(output, url);
      const related = doc.querySelectorAll(".related-articles a").map((a) => a.getAttribute("href"));
      expect(related, url).toHaveLength(3);
      expect(related, url).not.toContain(url);
    }
    // Article 5 (Addiction treatment): the other two Addiction treatment articles, then the newest.
    const doc = await readPage(output, "/articles/article-5/");
    expect(doc.querySelectorAll(".related-articles a").map((a) => a.getAttribute("href"))).toEqual(["/articles/article-9/", "/articles/article-1/", "/articles/article-11/"]);
  });
});

describe("locations", () => {
  it("gives each location a page with address, hours, phones, a plain map link and its insurers; the footer lists them", async () => {
    const doc = await readPage(output, "/locations/fresno/");
    const main = doc.querySelector("main")!;
    expect(main.querySelector("address")?.text).toContain("10 Example Road");
    expect(main.querySelector('a[href^="tel:"]')?.getAttribute("href")).toBe("tel:+15595550112");
    expect(main.querySelector('a[href^="https://www.openstreetmap.org/search?query="]')).not.toBeNull();
    expect(doc.querySelectorAll("iframe, img[src^='http'], script[src^='http']")).toHaveLength(0);
    expect(main.text).toContain("Cigna (PPO plans only)");
    expect(main.text).not.toContain("Magellan Health");
    expect(doc.querySelectorAll(".footer-locations a").map((a) => a.getAttribute("href"))).toEqual(["/locations/fresno/", "/locations/clovis/"]);
    const clinic = graphOf(doc).find((n) => n["@type"] === "MedicalClinic");
    expect(clinic).toMatchObject({ "@id": `${SITE}/locations/fresno/#clinic`, parentOrganization: { "@id": `${SITE}/#organization` }, telephone: "+15595550112" });
  });
});

describe("home and feed", () => {
  it("shows the intro, the primary call to action, the latest articles and the topics", async () => {
    const doc = await readPage(output, "/");
    expect(doc.querySelector(".home-intro strong")?.text).toBe("depression");
    expect(doc.querySelector("main .actions a")?.getAttribute("href")).toBe("/contact/");
    expect(cardLinks(doc).slice(0, 2)).toEqual(["/articles/article-11/", "/articles/article-10/"]);
    expect(doc.querySelectorAll("main .topic-list a")).toHaveLength(5);
  });
  it("writes an Atom feed of the articles, linked from every page's head", async () => {
    const xml = await readFile(path.join(output, "feed.xml"), "utf8");
    expect(xml).toMatch(/^<\?xml version="1.0" encoding="utf-8"\?>\n<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
    const entries = xml.split("<entry>").slice(1);
    expect(entries).toHaveLength(12);
    for (const entry of entries) for (const tag of ["<id>", "<title>", "<updated>", '<link rel="alternate"', "<author>"]) expect(entry).toContain(tag);
    expect(xml).toContain("<title>Article 3: &quot;quotes&quot; &amp; &lt;tags&gt;</title>");
    for (const url of await builtPages(output)) {
      expect(head(await readPage(output, url), "alternate"), url).toBe(`${SITE}/feed.xml`);
    }
  });
});
