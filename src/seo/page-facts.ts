import path from "node:path";
import { type Article, articleSchema } from "../data/article-schema.ts";
import type { Site } from "../data/site-schema.ts";
import { parseOrThrow } from "../validate/parse-data.ts";
import { absoluteUrl } from "./urls.ts";

/** What the head tags and the structured data say about one page. */
export interface PageFacts {
  /** Site path, e.g. `/articles/x/`. */
  path: string;
  /** Absolute URL, e.g. `https://www.example.org/articles/x/`: the canonical URL. */
  url: string;
  title: string;
  description: string;
  /** Kept out of search engines and the sitemap (`noindex: true` in front matter). */
  noindex: boolean;
  /** The validated front matter, for health articles only. */
  article?: Article;
}

const ARTICLE_KEYS = Object.keys(articleSchema.shape);

/** Reads a page's facts from its template data; `isArticle` says whether its front matter is a health article's. */
export function pageFacts(data: Record<string, unknown>, isArticle: boolean): PageFacts {
  const site = data.site as Site;
  const page = data.page as { url: string; inputPath: string };
  // Template data also holds globals and collections; the strict article schema gets its own keys only.
  const frontMatter = Object.fromEntries(ARTICLE_KEYS.filter((key) => key in data).map((key) => [key, data[key]]));
  return {
    path: page.url,
    url: absoluteUrl(site.url, page.url),
    title: String(data.title ?? site.organization.name),
    description: String(data.description ?? ""),
    noindex: data.noindex === true,
    article: isArticle ? parseOrThrow(articleSchema, frontMatter, path.relative(process.cwd(), page.inputPath)) : undefined,
  };
}
