import type { Article } from "../data/article-schema.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import { resolveCredit } from "../people/credits.ts";
import { slugify } from "../markdown/slug.ts";
import { topicPath } from "./paths.ts";

/** A topic articles are listed under, from front matter `category` and `topics`. */
export interface Topic {
  name: string;
  slug: string;
  /** Path of the topic's first listing page. */
  url: string;
}

/** What listings, feeds and reports show of one article; `date` is the sort key and the date shown. */
export interface ArticleCard {
  url: string;
  inputPath: string;
  title: string;
  description: string;
  /** First publication, `YYYY-MM-DD`: listings sort by it, newest first, and show it. */
  date: string;
  dateModified: string;
  lastReviewed?: string;
  /** Main topic first. */
  topics: Topic[];
  authorNames: string[];
  reviewerNames: string[];
  /** Team member ids of the people the article names by id. */
  authorIds: string[];
  reviewerIds: string[];
}

/** One article page as the catalog receives it: its URL, file and validated front matter. */
export interface ArticleSource {
  url: string;
  inputPath: string;
  article: Article;
}

/** The article's topics: `category` first, then `topics`, each slug once; `local` puts a topic path in the article's language. */
export function topicsOf(article: Pick<Article, "category" | "topics">, local: (path: string) => string = (path) => path): Topic[] {
  const names = [article.category, ...article.topics].filter((name): name is string => Boolean(name));
  const bySlug = new Map<string, Topic>();
  for (const name of names) {
    const slug = slugify(name);
    if (slug && !bySlug.has(slug)) bySlug.set(slug, { name, slug, url: local(topicPath(slug)) });
  }
  return [...bySlug.values()];
}

/**
 * The cards of `sources`, newest first by `datePublished` (then by title, so the order is stable); `local(url, path)`
 * puts a generated page's path in the language of the article at `url` (its topics' listings).
 */
export function articleCards(sources: ArticleSource[], people: readonly PersonEntry[], local: (url: string, path: string) => string = (_, path) => path): ArticleCard[] {
  return sources.map((source) => card(source, people, (path) => local(source.url, path))).sort((a, b) => (a.date === b.date ? a.title.localeCompare(b.title) : a.date < b.date ? 1 : -1));
}

function card({ url, inputPath, article }: ArticleSource, people: readonly PersonEntry[], local: (path: string) => string): ArticleCard {
  const authors = article.author.map((value) => resolveCredit(value, people));
  const reviewers = (article.reviewedBy ?? []).map((value) => resolveCredit(value, people));
  return {
    url,
    inputPath,
    title: article.title,
    description: article.description,
    date: article.datePublished,
    dateModified: article.dateModified,
    lastReviewed: article.lastReviewed,
    topics: topicsOf(article, local),
    authorNames: authors.flatMap((credit) => (credit ? [credit.name] : [])),
    reviewerNames: reviewers.flatMap((credit) => (credit ? [credit.name] : [])),
    authorIds: authors.flatMap((credit) => (credit?.person ? [credit.person.id] : [])),
    reviewerIds: reviewers.flatMap((credit) => (credit?.person ? [credit.person.id] : [])),
  };
}

/** Every topic of `cards` with its articles (in the cards' order), sorted by name. */
export function topicGroups(cards: ArticleCard[]): { topic: Topic; cards: ArticleCard[] }[] {
  const groups = new Map<string, { topic: Topic; cards: ArticleCard[] }>();
  for (const item of cards) {
    for (const topic of item.topics) {
      const group = groups.get(topic.slug) ?? { topic, cards: [] };
      group.cards.push(item);
      groups.set(topic.slug, group);
    }
  }
  return [...groups.values()].sort((a, b) => a.topic.name.localeCompare(b.topic.name));
}
