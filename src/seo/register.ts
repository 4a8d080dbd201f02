import path from "node:path";
import type { Insurer } from "../data/insurers-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { FilterContext, UserConfig } from "../eleventy-types.ts";
import { answerSources } from "../jsonld/answer-sources.ts";
import { buildGraph, type GraphInput } from "../jsonld/graph.ts";
import { organizationOnce } from "../jsonld/organization.ts";
import type { GeneratedPage } from "../pages/model.ts";
import { jsonLdScript } from "../jsonld/serialize.ts";
import { checkPageGraph } from "../jsonld/check/check-graph.ts";
import type { CheckedArticle } from "../validate/check-site.ts";
import type { UrlSettings } from "../urls/register.ts";
import { siteUrl } from "../urls/site-urls.ts";
import type { ArticleDirs } from "../languages/article-dirs.ts";
import type { Languages } from "../languages/register.ts";
import { alternatesOf, hreflangLinks, type TranslationItem } from "../languages/alternates.ts";
import { localPath } from "../languages/page-language.ts";
import { fillLabel } from "../templates/fill-label.ts";
import type { Labels } from "../templates/labels.ts";
import { headMeta } from "./head-meta.ts";
import { type PageFacts, pageFacts } from "./page-facts.ts";
import { robotsTxt } from "./robots.ts";
import { type SitemapItem, sitemapEntries, sitemapXml } from "./sitemap.ts";

/** What the search-engine registrations need from the plugin. */
export interface SeoOptions {
  /** The article folders. */
  articles: ArticleDirs;
  /** The markdown renderer of the visible FAQ answers. */
  markdown: (text: string) => string;
  /** The build's check of the article at an absolute path, so pages reuse what it validated. */
  checked: (file: string) => CheckedArticle | undefined;
  /** The build's URL settings (path prefix). */
  urls: () => UrlSettings;
  /** The published file of a source image. */
  imageFile: GraphInput["imageFile"];
  /** A page's language versions and its trail's first step. */
  languages: Languages;
  /** The labels of a language. */
  labels: (lang: string) => Labels;
}

/** A page's facts from its template data, worked out once per page render. */
export type FactsOf = (data: Record<string, unknown>) => PageFacts;

/**
 * Registers the head metadata and JSON-LD filters base.njk uses, the check of every written page's
 * graph, and the generated `sitemap.xml` and `robots.txt`; returns the page facts lookup they share.
 */
export function registerSeo(eleventyConfig: UserConfig, { articles, markdown, checked, urls, imageFile, languages, labels }: SeoOptions): FactsOf {
  // The head tags and the JSON-LD both need a page's facts: work them out once per page render.
  const known = new WeakMap<Record<string, unknown>, PageFacts>();
  const facts = (data: Record<string, unknown>) => {
    const { inputPath } = data.page as FilterContext["page"];
    // Health articles are the markdown files of the articles folder: the files the site check validates.
    const file = path.resolve(inputPath);
    const found = known.get(data) ?? pageFacts(data, articles.has(file), checked(file), urls().pathPrefix, languages.homeCrumb(data.site as Site));
    known.set(data, found);
    return found;
  };
  eleventyConfig.addFilter("havenHeadMeta", function () {
    const page = facts(this.ctx!);
    const image = page.article?.image;
    const data = this.ctx!;
    const site = data.site as Site;
    // Each language's pages link to that language's feed.
    const feed = data.havenFeedUrl ? { path: localPath(String(data.havenFeedUrl), site.lang, site), title: fillLabel(labels(site.lang).feedTitle, { organization: site.organization.name }) } : undefined;
    return headMeta(page, site, image && imageFile(image.src, "content"), feed, languages.alternates(data));
  });
  // Which visible answer HTML each FAQ answer's graph text was made from, so the page check finds it as shown.
  const answers = answerSources();
  // One organization node per build: a rebuild may have a new logo file under the same site data.
  let organizationNode = organizationOnce();
  eleventyConfig.on("eleventy.before", () => {
    organizationNode = organizationOnce();
  });
  eleventyConfig.addFilter("havenJsonLd", function () {
    const data = this.ctx!;
    return jsonLdScript(buildGraph({ site: data.site as Site, insurers: (data.insurers ?? []) as Insurer[], page: facts(data), markdown, imageFile, urls: urls(), answers, organizationNode }));
  });
  eleventyConfig.addTransform("haven-check-structured-data", function (content: string) {
    const { inputPath, outputPath } = this.page;
    if (typeof outputPath === "string" && outputPath.endsWith(".html")) checkPageGraph(content, path.relative(process.cwd(), inputPath), answers.htmlOf);
    return content;
  });
  // The trail breadcrumbs.njk shows: the same decision as the graph's BreadcrumbList.
  eleventyConfig.addFilter("havenBreadcrumbs", function () {
    return facts(this.ctx!).trail ?? [];
  });
  const home = (url: string) => siteUrl(url, urls().pathPrefix);
  // Generated pages are not in `collections.all` (they are made from it); the sitemap adds them.
  eleventyConfig.addFilter("havenSitemapXml", (items: (SitemapItem & TranslationItem)[], site: Site, generated: GeneratedPage[] = []) => {
    const { groups, keyOf } = languages.translations(items, generated, site);
    const hreflang = (url: string) => hreflangLinks(alternatesOf(groups, keyOf(url)), site.languages[0], home(site.url));
    return sitemapXml(sitemapEntries([...items, ...generated.map((page) => ({ url: page.url, data: { noindex: page.noindex } }))], home(site.url), hreflang));
  });
  eleventyConfig.addFilter("havenRobotsTxt", (url: string) => robotsTxt(home(url)));
  // Generated files: no layout, and not pages of the site's collections (nor of the sitemap).
  const generated = { layout: false, eleventyExcludeFromCollections: true };
  eleventyConfig.addTemplate("haven-sitemap.njk", "{{ collections.all | havenSitemapXml(site, collections.havenPages) | safe }}", { ...generated, permalink: "/sitemap.xml" });
  eleventyConfig.addTemplate("haven-robots.njk", "{{ site.url | havenRobotsTxt | safe }}", { ...generated, permalink: "/robots.txt" });
  return facts;
}
