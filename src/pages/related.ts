import type { ArticleCard } from "./catalog.ts";

/** A card list looked up by URL and by topic slug (each topic's cards in the list's order). */
interface CardIndex {
  byUrl: Map<string, ArticleCard>;
  byTopic: Map<string, ArticleCard[]>;
}

// One index per card list (a build makes its list once), so each page's lookup costs its own few cards, not the whole list.
const indexes = new WeakMap<readonly ArticleCard[], CardIndex>();

function indexOf(cards: readonly ArticleCard[]): CardIndex {
  let index = indexes.get(cards);
  if (index) return index;
  index = { byUrl: new Map(), byTopic: new Map() };
  for (const card of cards) {
    if (!index.byUrl.has(card.url)) index.byUrl.set(card.url, card);
    for (const { slug } of card.topics) {
      if (!index.byTopic.has(slug)) index.byTopic.set(slug, []);
      index.byTopic.get(slug)!.push(card);
    }
  }
  indexes.set(cards, index);
  return index;
}

/**
 * Up to `count` other articles for the one at `url`: those sharing its main topic first, then its other
 * topics, then the newest; never the article itself. Within each rank the cards keep their order (newest first).
 * Reads only the article's topics' cards and the first few others, so a build of n articles stays linear in n.
 */
export function relatedArticles(cards: readonly ArticleCard[], url: string, count: number): ArticleCard[] {
  const { byUrl, byTopic } = indexOf(cards);
  const self = byUrl.get(url);
  if (!self || count <= 0) return [];
  const picked = new Set<ArticleCard>();
  const take = (candidates: Iterable<ArticleCard>) => {
    for (const card of candidates) {
      if (picked.size === count) return;
      if (card.url !== url) picked.add(card);
    }
  };
  // Rank by rank. A rank is passed only once all its cards fit, so a card first met under a later topic
  // shares no earlier one, and the cards left for the newest share none of the article's topics.
  for (const { slug } of self.topics) take(byTopic.get(slug) ?? []);
  take(cards);
  return [...picked];
}
