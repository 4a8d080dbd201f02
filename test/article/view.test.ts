import { expect, it } from "vitest";
import { articleView, creditList } from "../../src/article/view.ts";
import { articleCredits } from "../../src/seo/page-facts.ts";
import { article } from "../jsonld/inputs.ts";

const credits = articleCredits(article, []);

it("shows dates at the precision written: lastReviewed 2023-12 is December 2023, with the ISO value for <time>", () => {
  const view = articleView({ ...article, lastReviewed: "2023-12" }, credits, "en-US");
  expect(view.lastReviewed).toEqual({ iso: "2023-12", text: "December 2023" });
});

it("shows a timestamp's day in its own offset, not the build machine's or UTC's", () => {
  const view = articleView({ ...article, dateModified: "2026-10-14T21:00:00-07:00" }, credits, "en-US");
  expect(view.updated).toEqual({ iso: "2026-10-14", text: "October 14, 2026", modified: true });
});

it("says Published, not Updated, when the article was never modified", () => {
  expect(articleView({ ...article, dateModified: article.datePublished }, credits, "en-US").updated.modified).toBe(false);
});

it("has no reviewer and no review date when the front matter names none", () => {
  const unreviewed = { ...article, reviewedBy: undefined, lastReviewed: undefined };
  const view = articleView(unreviewed, articleCredits(unreviewed, []), "en-US");
  expect(view.reviewers).toEqual([]);
  expect(view).not.toHaveProperty("lastReviewed");
});

it("joins several credits as a list in the page's language", () => {
  const credits = [
    { type: "Person" as const, name: "Jordan Lee", credentials: "MA, LMFT" },
    { type: "Organization" as const, name: "NIMH", url: "https://www.nimh.nih.gov/" },
    { type: "Person" as const, name: "Priya Raman" },
  ];
  expect(creditList(credits, "en-US").map((c) => c.name + c.after).join("")).toBe("Jordan Lee, NIMH, and Priya Raman");
  expect(creditList(credits, "de-DE").map((c) => c.name + c.after).join("")).toBe("Jordan Lee, NIMH und Priya Raman");
  expect(creditList(credits.slice(0, 1), "en-US")).toEqual([{ name: "Jordan Lee", credentials: "MA, LMFT", after: "" }]);
});

it("links a source's DOI through doi.org", () => {
  const view = articleView({ ...article, sources: [{ title: "T", publisher: "P", doi: "10.1/x" }] }, credits, "en-US");
  expect(view.sources).toEqual([{ title: "T", publisher: "P", doi: "10.1/x", doiUrl: "https://doi.org/10.1/x" }]);
});
