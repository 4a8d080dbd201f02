import type { Crumb } from "../templates/breadcrumbs.ts";
import { type ArticleCard, type Topic, topicGroups } from "./catalog.ts";
import type { PageLanguage } from "./language.ts";
import { type GeneratedPage, paginate } from "./model.ts";
import { articlesPath, topicPath, topicsPath } from "./paths.ts";

/** What a listing page shows: one page of cards and where it stands among the pages. */
export interface ListingView {
  cards: ArticleCard[];
  pageNumber: number;
  pageCount: number;
  /** "Page 2 of 3", in the page's language. */
  pageLabel: string;
}

/** A paginated listing: its title and description, page paths and trail. */
export interface ListingSpec {
  title: string;
  description: string;
  path: (n: number) => string;
  parents: Crumb[];
  /** Links page 1 to its translations (page 2 and on list other articles in each language). */
  translationKey?: string;
}

/**
 * The pages of one listing of `cards` (already in order), `size` to a page: page 1 at `path(1)`, page 2+
 * titled "…, page 2 of 3", each its own canonical URL, linked to its neighbours.
 */
export function listingPages(l: PageLanguage, cards: ArticleCard[], size: number, spec: ListingSpec): GeneratedPage<ListingView>[] {
  const pages = paginate(cards, size);
  return pages.map((items, i) => {
    const n = i + 1;
    const first = n === 1;
    return {
      kind: "listing",
      url: spec.path(n),
      ...(first && spec.translationKey && { translationKey: spec.translationKey }),
      title: first ? spec.title : l.text("pageOf", { title: spec.title, n, total: pages.length }),
      description: first ? spec.description : `${l.text("pageNumber", { n, total: pages.length })}. ${spec.description}`,
      noindex: false,
      // Page 2+ sit under page 1 in the trail, so every page's trail leads back to the start of its listing.
      parents: first ? spec.parents : [...spec.parents, { name: spec.title, url: spec.path(1) }],
      schemaType: "CollectionPage",
      ...(n > 1 && { previous: spec.path(n - 1) }),
      ...(n < pages.length && { next: spec.path(n + 1) }),
      view: { cards: items, pageNumber: n, pageCount: pages.length, pageLabel: l.text("pageNumber", { n, total: pages.length }) },
    };
  });
}

/** The article index of a language: its articles, newest first, at `/articles/` (`/es/articles/`). */
export function articleIndexPages(l: PageLanguage, cards: ArticleCard[], size: number): GeneratedPage<ListingView>[] {
  const spec = { title: l.text("articles"), description: l.text("articlesDescription"), path: (n: number) => l.path(articlesPath(n)), parents: [] };
  return listingPages(l, cards, size, { ...spec, translationKey: "haven:articles" });
}

/** What the topics index shows: each topic with its article count. */
export interface TopicsView {
  /** Each topic, its number of articles and that number as text ("3 articles"). */
  topics: (Topic & { count: number; countText: string })[];
}

/** The topics index of a language at `/topics/` (`/es/topics/`) and each topic's paginated listing; a topic of the same slug in two languages is one translated page. */
export function topicPages(l: PageLanguage, cards: ArticleCard[], size: number): GeneratedPage[] {
  const groups = topicGroups(cards);
  const index: GeneratedPage<TopicsView> = {
    kind: "topics",
    url: l.path(topicsPath()),
    translationKey: "haven:topics",
    title: l.text("topics"),
    description: l.text("topicsDescription"),
    noindex: false,
    parents: [],
    schemaType: "CollectionPage",
    view: { topics: groups.map(({ topic, cards }) => ({ ...topic, count: cards.length, countText: l.articleCount(cards.length) })) },
  };
  const parents = [{ name: l.text("topics"), url: l.path(topicsPath()) }];
  const listings = groups.flatMap(({ topic, cards }) => {
    const description = l.text("topicDescription", { topic: topic.name.toLocaleLowerCase(l.lang) });
    const path = (n: number) => l.path(topicPath(topic.slug, n));
    return listingPages(l, cards, size, { title: topic.name, description, path, parents, translationKey: `haven:topic:${topic.slug}` });
  });
  return [index, ...listings];
}
