import path from "node:path";
import type { Article } from "../data/article-schema.ts";
import type { Insurer } from "../data/insurers-schema.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { formsDataSchema } from "../forms/data-schema.ts";
import type { Forms } from "../forms/schema.ts";
import type { HavenOptions } from "../options.ts";
import type { UrlSettings } from "../urls/register.ts";
import { siteUrl } from "../urls/site-urls.ts";
import type { ArticleDirs } from "../languages/article-dirs.ts";
import { languageOfPath, localPath } from "../languages/page-language.ts";
import type { Languages } from "../languages/register.ts";
import type { Labels } from "../templates/labels.ts";
import type { CheckedArticle } from "../validate/check-site.ts";
import { type ArticleCard, articleCards } from "./catalog.ts";
import { relatedArticles } from "./related.ts";
import { atomFeed } from "./feed.ts";
import { generatePages } from "./generate.ts";
import { dueReviews, reviewWarning } from "./review.ts";
import { feedPath, locationPath } from "./paths.ts";

/** What the generated pages need from the plugin instance. */
export interface PagesContext {
  options: HavenOptions;
  /** The build's check of the article at an absolute path. */
  checked: (file: string) => CheckedArticle | undefined;
  /** The validated global data files of the build, by name. */
  globals: () => Record<string, unknown>;
  /** The build's URL settings (path prefix). */
  urls: () => UrlSettings;
  /** The article folders. */
  articles: ArticleDirs;
  /** Markdown for data text (bios, the home introduction). */
  markdown: (text: string) => string;
  /** The labels of a language (throws for a missing label). */
  labels: (lang: string) => Labels;
  /** Where the keys of site pages that replace generated ones go, so their translations link. */
  languages: Languages;
}

/** An Eleventy collection item, as far as the pages read it. */
interface Item {
  url: string | false;
  inputPath: string;
  data: Record<string, unknown>;
}

/**
 * Registers the `havenArticles` collection (article cards, newest first), the `havenPages` collection of
 * generated pages with the one template that renders them, the Atom feed, and the related-articles filter.
 */
export function registerPages(eleventyConfig: UserConfig, ctx: PagesContext): void {
  let cards: ArticleCard[] = [];
  const people = () => (ctx.globals().people ?? []) as PersonEntry[];
  const local = (url: string, path: string) => {
    const site = ctx.globals().site as Site | undefined;
    return site ? localPath(path, languageOfPath(url, site), site) : path;
  };
  const collect = (items: Item[]) => (cards = articleCards(articleSources(items, ctx.articles, ctx.checked), people(), local));
  // `havenArticles` lists the default language's articles; each language's generated listings and feed list its own.
  // Each language's cards, split once per card list: every article page asks for its language's.
  const byLanguage = new WeakMap<ArticleCard[], Map<string, ArticleCard[]>>();
  const inLanguage = (all: ArticleCard[], url = "/") => {
    const site = ctx.globals().site as Site | undefined;
    if (!site) return all;
    let split = byLanguage.get(all);
    if (!split) {
      split = new Map();
      for (const card of all) {
        const lang = languageOfPath(card.url, site);
        if (!split.has(lang)) split.set(lang, []);
        split.get(lang)!.push(card);
      }
      byLanguage.set(all, split);
    }
    return split.get(languageOfPath(url, site)) ?? [];
  };
  eleventyConfig.addCollection("havenArticles", (api) => {
    collect(api.getAll() as Item[]);
    // Once a build: collections are made once, before any page is written. Reviews fall due in every language.
    const interval = (ctx.globals().site as Site | undefined)?.reviewInterval ?? 12;
    const warning = reviewWarning(dueReviews(cards, new Date().toISOString().slice(0, 10), interval).length, interval);
    if (warning) console.warn(warning);
    return [...inLanguage(cards)]; // a copy: what templates do with the collection never reaches the shared list
  });
  eleventyConfig.addCollection("havenPages", (api) => {
    const items = api.getAll() as Item[];
    const globals = ctx.globals();
    const content = {
      site: globals.site as Site,
      insurers: (globals.insurers ?? []) as Insurer[],
      people: people(),
      forms: (globals.forms ?? formsDataSchema.parse(undefined)) as Forms,
      cards: collect(items),
    };
    const claimed = new Map(items.flatMap((item) => (typeof item.url === "string" ? [[item.url, item.data.translationKey as string | undefined] as const] : [])));
    const { pages, implicitKeys } = generatePages(content, { options: ctx.options, markdown: ctx.markdown, labelsFor: ctx.labels }, claimed);
    ctx.languages.useImplicitKeys(implicitKeys);
    return pages;
  });
  eleventyConfig.addTemplate("haven-pages.njk", "", {
    pagination: { data: "collections.havenPages", size: 1, alias: "generated" },
    permalink: "{{ generated.url }}",
    layout: "generated",
    eleventyExcludeFromCollections: true,
    eleventyComputed: {
      title: (data: { generated: { title: string } }) => data.generated.title,
      description: (data: { generated: { description: string } }) => data.generated.description,
      noindex: (data: { generated: { noindex: boolean } }) => data.generated.noindex,
      translationKey: (data: { generated: { translationKey?: string } }) => data.generated.translationKey,
      havenInEveryLanguage: (data: { generated: { inEveryLanguage?: true } }) => data.generated.inEveryLanguage,
    },
  });
  eleventyConfig.addFilter("havenRelated", (url: string) => relatedArticles(inLanguage(cards, url), url, ctx.options.relatedArticles));
  eleventyConfig.addFilter("havenLocalPath", (path: string, lang: string, site: Site) => localPath(path, lang, site));
  if (ctx.options.pages.feed) {
    // One feed per language, of its articles: `site` is the feed's language's (computed from its URL).
    const feed = (site: Site) => atomFeed(inLanguage(cards, localPath("/", site.lang, site)), site, siteUrl(site.url, ctx.urls().pathPrefix), ctx.labels(site.lang));
    eleventyConfig.addFilter("havenAtomFeed", feed);
    eleventyConfig.addTemplate("haven-feed.njk", "{{ site | havenAtomFeed | safe }}", {
      pagination: { data: "site.languages", size: 1, alias: "feedLanguage" },
      permalink: `{{ "${feedPath()}" | havenLocalPath(feedLanguage, site) }}`,
      layout: false,
      eleventyExcludeFromCollections: true,
    });
  }
  eleventyConfig.addGlobalData("havenProfiles", ctx.options.pages.people);
  eleventyConfig.addGlobalData("havenFeedUrl", ctx.options.pages.feed ? feedPath() : "");
  eleventyConfig.addFilter("havenLocationUrl", locationPath);
}

/** The article pages among `items`: markdown files of the articles folder that are written out, with their validated front matter. */
function articleSources(items: Item[], articles: ArticleDirs, checked: PagesContext["checked"]) {
  return items.flatMap((item) => {
    const file = path.resolve(item.inputPath);
    if (typeof item.url !== "string" || !articles.has(file)) return [];
    const article = checked(file)?.article ?? (item.data as unknown as Article);
    return [{ url: item.url, inputPath: item.inputPath, article }];
  });
}
