import { expect, it } from "vitest";
import type { ArticleCard } from "../../src/pages/catalog.ts";
import { relatedArticles } from "../../src/pages/related.ts";

/** The rule as written, by brute force: rank every other card by its first shared topic, stable sort, keep `count`. */
function byRule(cards: ArticleCard[], url: string, count: number): string[] {
  const self = cards.find((card) => card.url === url);
  if (!self || count === 0) return [];
  const slugs = self.topics.map((topic) => topic.slug);
  const rank = (card: ArticleCard) => Math.min(slugs.length, ...card.topics.map((t) => slugs.indexOf(t.slug)).filter((i) => i >= 0));
  return cards.filter((card) => card.url !== url).map((card) => ({ card, rank: rank(card) })).sort((a, b) => a.rank - b.rank).slice(0, count).map(({ card }) => card.url);
}

/** Deterministic pseudo-random cards: 0 to 3 of six topics each, some shared, some with none. */
function cards(n: number, seed: number): ArticleCard[] {
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
  return Array.from({ length: n }, (_, i) => {
    const slugs = [...new Set(Array.from({ length: Math.floor(next() * 4) }, () => `t${Math.floor(next() * 6)}`))];
    return { url: `/a/${i}/`, topics: slugs.map((slug) => ({ name: slug, slug, url: `/topics/${slug}/` })) } as ArticleCard;
  });
}

it("picks exactly what ranking every card would, for every article, count and topic mix", () => {
  for (const seed of [1, 2, 3, 4, 5]) {
    const list = cards(60, seed);
    for (const count of [1, 3, 7, 100]) {
      for (const card of list) expect(relatedArticles(list, card.url, count).map((c) => c.url)).toEqual(byRule(list, card.url, count));
    }
  }
});

it("gives nothing for an unknown page or a count of 0, and never the article itself", () => {
  const list = cards(10, 9);
  expect(relatedArticles(list, "/nowhere/", 3)).toEqual([]);
  expect(relatedArticles(list, "/a/0/", 0)).toEqual([]);
  expect(relatedArticles(list, "/a/0/", 50).map((c) => c.url)).not.toContain("/a/0/");
  expect(relatedArticles(list, "/a/0/", 50)).toHaveLength(9);
});
