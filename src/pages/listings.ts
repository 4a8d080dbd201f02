import type { Crumb } from "../templates/breadcrumbs.ts";
import { type ArticleCard, type Topic, topicGroups } from "./catalog.ts";
import { PAGE_LABELS as L } from "./labels.ts";
import { type GeneratedPage, paginate } from "./model.ts";
import { articlesPath, topicPath, topicsPath } from "./paths.ts";

/** What a listing page shows: one page of cards and where it stands among the pages. */
export interface ListingView {
  cards: ArticleCard[];
  pageNumber: number;
  pageCount: number;
}

/** A paginated listing: its title and description, page paths and trail. */
export interface ListingSpec {
  title: string;
  description: string;
  path: (n: number) => string;
  parents: Crumb[];
}

/**
 * The pages of one listing of `cards` (already in order), `size` to a page: page 1 at `path(1)`, page 2+
 * titled "…, page 2 of 3", each its own canonical URL, linked to its neighbours.
 */
export function listingPages(cards: ArticleCard[], size: number, spec: ListingSpec): GeneratedPage<ListingView>[] {
  const pages = paginate(cards, size);
  return pages.map((items, i) => {
    const n = i + 1;
    const first = n === 1;
    return {
      kind: "listing",
      url: spec.path(n),
      title: first ? spec.title : L.pageOf(spec.title, n, pages.length),
      description: first ? spec.description : `${L.pageNumber(n, pages.length)}. ${spec.description}`,
      noindex: false,
      // Page 2+ sit under page 1 in the trail, so every page's trail leads back to the start of its listing.
      parents: first ? spec.parents : [...spec.parents, { name: spec.title, url: spec.path(1) }],
      schemaType: "CollectionPage",
      ...(n > 1 && { previous: spec.path(n - 1) }),
      ...(n < pages.length && { next: spec.path(n + 1) }),
      view: { cards: items, pageNumber: n, pageCount: pages.length },
    };
  });
}

/** The article index: every article, newest first, at `/articles/`. */
export function articleIndexPages(cards: ArticleCard[], size: number, org: string): GeneratedPage<ListingView>[] {
  return listingPages(cards, size, { title: L.articles, description: L.articlesDescription(org), path: articlesPath, parents: [] });
}

/** What the topics index shows: each topic with its article count. */
export interface TopicsView {
  topics: (Topic & { count: number })[];
}

/** The topics index at `/topics/` and each topic's paginated listing. */
export function topicPages(cards: ArticleCard[], size: number, org: string): GeneratedPage[] {
  const groups = topicGroups(cards);
  const index: GeneratedPage<TopicsView> = {
    kind: "topics",
    url: topicsPath(),
    title: L.topics,
    description: L.topicsDescription(org),
    noindex: false,
    parents: [],
    schemaType: "CollectionPage",
    view: { topics: groups.map(({ topic, cards }) => ({ ...topic, count: cards.length })) },
  };
  const parents = [{ name: L.topics, url: topicsPath() }];
  const listings = groups.flatMap(({ topic, cards }) =>
    listingPages(cards, size, { title: topic.name, description: L.topicDescription(topic.name, org), path: (n) => topicPath(topic.slug, n), parents }),
  );
  return [index, ...listings];
}
