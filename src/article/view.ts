import type { Article } from "../data/article-schema.ts";
import type { Credit } from "../people/credits.ts";
import type { Credits } from "../seo/page-facts.ts";
import { isoDate, readableDate } from "../filters/dates.ts";
import { doiUrl } from "../jsonld/article.ts";

/** A credited person or organization as the byline shows it, with the text that follows it in the list. */
export interface CreditView {
  name: string;
  url?: string;
  credentials?: string;
  /** What comes after this name: `", "`, `" and "` or nothing (from `Intl.ListFormat` in the page's language). */
  after: string;
}

/** A date as shown: `iso` for `<time datetime>`, `text` at the precision written ("December 2023"). */
export interface DateView {
  iso: string;
  text: string;
}

/** A source as the Sources list shows it. */
export interface SourceView {
  title: string;
  publisher: string;
  url?: string;
  year?: number;
  doi?: string;
  doiUrl?: string;
}

/** What the article layout shows about an article besides its body: byline, dates, adaptation and sources. */
export interface ArticleView {
  authors: CreditView[];
  /** Empty when the front matter names no reviewer: then no "Medically reviewed by" line. */
  reviewers: CreditView[];
  lastReviewed?: DateView;
  /** "Updated" when `dateModified` differs from `datePublished`, else "Published". */
  updated: DateView & { modified: boolean };
  basedOn?: { name: string; url?: string };
  sources: SourceView[];
}

/** Builds the article's view model from its validated front matter and resolved credits, dates in `lang` (e.g. `en-US`). */
export function articleView(article: Article, credits: Credits, lang: string): ArticleView {
  const date = (value: string): DateView => ({ iso: isoDate(value), text: readableDate(value, lang) });
  return {
    authors: creditList(credits.author, lang),
    reviewers: creditList(credits.reviewedBy, lang),
    ...(article.lastReviewed && { lastReviewed: date(article.lastReviewed) }),
    updated: { ...date(article.dateModified), modified: article.dateModified !== article.datePublished },
    ...(article.basedOn && { basedOn: article.basedOn }),
    sources: article.sources.map((source) => ({ ...source, ...(source.doi && { doiUrl: doiUrl(source.doi) }) })),
  };
}

/** Credits with the joining text of a list in `lang`: "A", "A and B", "A, B, and C". */
export function creditList(credits: Credit[], lang: string): CreditView[] {
  // Placeholders stand in for the names, so the list's own words and commas come back as literals.
  const parts = new Intl.ListFormat(lang, { type: "conjunction" }).formatToParts(credits.map((_, i) => String(i)));
  return credits.map((credit, i) => {
    const at = parts.findIndex((part) => part.type === "element" && part.value === String(i));
    const next = parts[at + 1];
    return {
      name: credit.name,
      ...(credit.url && { url: credit.url }),
      ...(credit.credentials && { credentials: credit.credentials }),
      after: next?.type === "literal" ? next.value : "",
    };
  });
}
