import { expect, it } from "vitest";
import { articleSchema } from "../../src/data/article-schema.ts";
import { articleCards, topicsOf } from "../../src/pages/catalog.ts";
import { relatedArticles } from "../../src/pages/related.ts";
import { paginate } from "../../src/pages/model.ts";
import { listingPages } from "../../src/pages/listings.ts";
import { pageLanguage } from "../../src/pages/language.ts";
import { createLabels } from "../../src/templates/labels-resolve.ts";
import { site } from "../jsonld/inputs.ts";

const article = (title: string, datePublished: string, category?: string, topics: string[] = []) =>
  articleSchema.parse({ title, description: "d", datePublished, dateModified: datePublished, lastReviewed: datePublished, author: "a", reviewedBy: "b", category, topics });
const cards = articleCards(
  [
    article("Old depression", "2026-01-01", "Depression"),
    article("New sleep", "2026-05-01", "Sleep", ["Depression"]),
    article("Mid depression", "2026-03-01", "Depression"),
    article("Newest other", "2026-06-01", "Other"),
    article("Same day B", "2026-02-01"),
    article("Same day A", "2026-02-01"),
  ].map((a, i) => ({ url: `/a/${i}/`, inputPath: `a${i}.md`, article: a })),
  [],
);

it("orders cards newest first by datePublished, then by title", () => {
  expect(cards.map((c) => c.title)).toEqual(["Newest other", "New sleep", "Mid depression", "Same day A", "Same day B", "Old depression"]);
});

it("names each topic once, category first, slugged for its URL", () => {
  expect(topicsOf(article("x", "2026-01-01", "Sueño", ["Depression", "sueño", "Depression"]))).toEqual([
    { name: "Sueño", slug: "sueno", url: "/topics/sueno/" },
    { name: "Depression", slug: "depression", url: "/topics/depression/" },
  ]);
});

it("relates articles of the same main topic first, then other shared topics, then the newest; never the article itself", () => {
  const titles = (url: string, n = 3) => relatedArticles(cards, url, n).map((c) => c.title);
  expect(titles("/a/0/")).toEqual(["New sleep", "Mid depression", "Newest other"]);
  expect(titles("/a/1/")).toEqual(["Mid depression", "Old depression", "Newest other"]);
  expect(titles("/a/1/", 0)).toEqual([]);
  expect(titles("/nowhere/")).toEqual([]);
  expect(relatedArticles(cards, "/a/3/", 10)).toHaveLength(5);
});

it("paginates with at least one page, and links each page to its neighbours", () => {
  expect(paginate([], 5)).toEqual([[]]);
  expect(paginate([1, 2, 3, 4, 5, 6], 5)).toEqual([[1, 2, 3, 4, 5], [6]]);
  const pages = listingPages(pageLanguage(site, "en-US", createLabels()), cards, 4, { title: "All", description: "Every one.", path: (n) => (n === 1 ? "/all/" : `/all/${n}/`), parents: [] });
  expect(pages.map((p) => [p.url, p.previous, p.next, p.title])).toEqual([
    ["/all/", undefined, "/all/2/", "All"],
    ["/all/2/", "/all/", undefined, "All, page 2 of 2"],
  ]);
  expect(pages[1].parents).toEqual([{ name: "All", url: "/all/" }]);
});
