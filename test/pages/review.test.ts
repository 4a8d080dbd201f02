import { expect, it } from "vitest";
import type { ArticleCard } from "../../src/pages/catalog.ts";
import { dueReviews, monthsBetween, reviewReport, reviewWarning } from "../../src/pages/review.ts";

const card = (title: string, lastReviewed: string): ArticleCard => ({
  url: `/articles/${title}/`,
  inputPath: `content/articles/${title}.md`,
  title,
  description: "",
  date: "2020-01-01",
  dateModified: "2020-01-01",
  lastReviewed,
  topics: [],
  authorNames: ["A. Writer"],
  reviewerNames: ["Dr. Ana Ruiz"],
  authorIds: [],
  reviewerIds: [],
});

it("counts whole calendar months, a month only once its day is reached", () => {
  expect(monthsBetween("2025-11-29", "2026-11-29")).toBe(12);
  expect(monthsBetween("2025-11-30", "2026-11-29")).toBe(11);
  expect(monthsBetween("2024-02-29", "2025-02-28")).toBe(11);
  expect(monthsBetween("2026-01-31", "2026-03-01")).toBe(1);
  expect(monthsBetween("2025-11", "2026-11-29")).toBe(12);
  expect(monthsBetween("2025-11-29T23:00:00-08:00", "2026-11-29")).toBe(12);
});

it("lists articles reviewed `interval` months ago or more, longest overdue first, with their reviewer", () => {
  const cards = [card("fresh", "2026-06-01"), card("due-today", "2025-11-29"), card("old", "2023-05-10"), card("almost", "2025-11-30"), { ...card("unreviewed", ""), lastReviewed: undefined }];
  const due = dueReviews(cards, "2026-11-29", 12);
  expect(due.map((d) => [d.card.title, d.monthsSince])).toEqual([["old", 42], ["due-today", 12]]);
  expect(reviewReport(due, 12)).toContain('- content/articles/old.md: "old", last reviewed 2023-05-10 (42 months ago) by Dr. Ana Ruiz');
  expect(dueReviews(cards, "2026-11-29", 6).map((d) => d.card.title)).toEqual(["old", "due-today", "almost"]);
  expect(reviewReport([], 12)).toBe("No article is due for medical review (interval: 12 months).");
  expect(reviewWarning(0, 12)).toBeUndefined();
  expect(reviewWarning(2, 12)).toMatch(/^Haven: 2 articles are due for medical review/);
});
