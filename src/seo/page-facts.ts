import path from "node:path";
import { isDeepStrictEqual } from "node:util";
import { ARTICLE_KEYS, type Article, ELEVENTY_KEYS, articleSchema } from "../data/article-schema.ts";
import type { CheckedArticle } from "../validate/check-site.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { GeneratedPage } from "../pages/model.ts";
import { type Credit, resolveCredit } from "../people/credits.ts";
import { parseOrThrow } from "../validate/parse-data.ts";
import { type Crumb, pageTrail } from "../templates/breadcrumbs.ts";
import { pageUrl, siteUrl } from "../urls/site-urls.ts";

/** What the head tags and the structured data say about one page. */
export interface PageFacts {
  /** Site path as Eleventy gives it (without the path prefix), e.g. `/articles/x/`. */
  path: string;
  /** The site's home URL, ending in `/` and holding the path prefix, e.g. `https://www.example.org/clinic/`. */
  home: string;
  /** Absolute, percent-encoded URL, e.g. `https://www.example.org/clinic/articles/x/`: the canonical URL. */
  url: string;
  title: string;
  description: string;
  /** Kept out of search engines and the sitemap (`noindex: true` in front matter). */
  noindex: boolean;
  /** The validated front matter, for health articles only. */
  article?: Article;
  /** The article's author and reviewer, team members resolved from `_data/people.ts`. */
  credits?: Credits;
  /** The page the plugin generated, for generated pages only. */
  generated?: GeneratedPage;
  /** The breadcrumb trail the page shows and its graph describes; none on the home page and plain pages. */
  trail?: Crumb[];
  /** The validated people of `_data/people.ts`. */
  people?: readonly PersonEntry[];
}

/** Who an article credits. */
export interface Credits {
  author: Credit[];
  /** Empty when the article names no reviewer. */
  reviewedBy: Credit[];
}

// What the facts use: not Eleventy's own keys, which often come from directory data instead.
const FACT_KEYS = ARTICLE_KEYS.filter((key) => !ELEVENTY_KEYS.includes(key));

/**
 * Reads a page's facts from its template data; `isArticle` says whether its front matter is a health article's,
 * `checked` is the build's check of that article, reused while the page shows the same values, and
 * `pathPrefix` is Eleventy's (the site's URLs are `site.url`'s origin plus it), `homeCrumb` the trail's first crumb (the home page of the page's language).
 */
export function pageFacts(data: Record<string, unknown>, isArticle: boolean, checked?: CheckedArticle, pathPrefix = "/", homeCrumb: Crumb = { name: "Home", url: "/" }): PageFacts {
  const site = data.site as Site;
  const page = data.page as { url: string; inputPath: string };
  const home = siteUrl(site.url, pathPrefix);
  const article = isArticle ? articleFacts(data, page.inputPath, checked) : undefined;
  const people = (data.people ?? []) as PersonEntry[];
  const title = String(data.title ?? site.organization.name);
  const generated = data.generated as GeneratedPage | undefined;
  return {
    path: page.url,
    home,
    url: pageUrl(home, page.url),
    title,
    description: String(data.description ?? ""),
    noindex: data.noindex === true,
    article,
    credits: article && articleCredits(article, people, data.havenProfiles !== false),
    ...(generated !== undefined && { generated, people }),
    trail: pageTrail({ path: page.url, title, isArticle, generated: !!generated, parents: generated?.parents }, homeCrumb),
  };
}

/** The article's credits; the build's check has already refused an unknown person id. */
export function articleCredits(article: Article, people: readonly PersonEntry[], profiles = true): Credits {
  const credit = (field: "author" | "reviewedBy") =>
    (article[field] ?? []).map((value) => {
      const found = resolveCredit(value, people, profiles);
      if (!found) throw new Error(`${field}: no person "${String(value)}" in _data/people`);
      return found;
    });
  return { author: credit("author"), reviewedBy: credit("reviewedBy") };
}

/** The validated article: the build's check when the page data still holds its front matter, else a fresh parse. */
function articleFacts(data: Record<string, unknown>, inputPath: string, checked?: CheckedArticle): Article {
  // Eleventy hands templates the values the check parsed (arrays as they are, objects merged into copies).
  if (checked && FACT_KEYS.every((key) => isDeepStrictEqual(data[key], checked.frontMatter[key]))) return checked.article;
  // Template data also holds globals and collections; the strict article schema gets its own keys only.
  const frontMatter = Object.fromEntries(ARTICLE_KEYS.filter((key) => key in data).map((key) => [key, data[key]]));
  return parseOrThrow(articleSchema, frontMatter, path.relative(process.cwd(), inputPath));
}
