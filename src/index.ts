import { readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { registerArticleView } from "./article/register.ts";
import { registerDataFiles } from "./data/register.ts";
import { createDataStore } from "./data/store.ts";
import type { UserConfig } from "./eleventy-types.ts";
import { registerFilters } from "./filters/register.ts";
import { registerForms } from "./forms/register.ts";
import { markdownImages } from "./images/markdown-images.ts";
import { registerImages } from "./images/register.ts";
import { registerArticleDirs } from "./languages/article-dirs.ts";
import { registerLanguages } from "./languages/register.ts";
import { registerMarkdown } from "./markdown/register.ts";
import { type HavenOptionsInput, optionsSchema } from "./options.ts";
import { registerPages } from "./pages/register.ts";
import { browseLinks } from "./search/browse-links.ts";
import { registerSearch } from "./search/register.ts";
import { registerSeo } from "./seo/register.ts";
import { registerStyles } from "./styles/register.ts";
import { registerTemplates } from "./templates/register.ts";
import { checkSiteLabels } from "./templates/labels-check.ts";
import { registerLabels } from "./templates/labels-resolve.ts";
import { registerShortcodes } from "./templates/shortcodes.ts";
import { registerSharedPartials } from "./templates/shared-partials.ts";
import { registerTocScript } from "./templates/toc-script.ts";
import { siteLinks } from "./urls/links.ts";
import { registerUrls, urlFilters } from "./urls/register.ts";
import { parseOrThrow } from "./validate/parse-data.ts";
import type { CheckedSite } from "./validate/check-site.ts";
import { registerSiteCheck } from "./validate/register.ts";

export { defineInsurers, definePeople, defineSite } from "./data/define.ts";
export { defineForms } from "./forms/define.ts";
export type { HavenOptionsInput } from "./options.ts";

/** The theme's own folder (holding `layouts/` and `includes/`), from `src/` or `dist/`. */
const THEME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The package's name and the Eleventy versions it works with (`"11ty": { "compatibility" }`), read from package.json. */
const PACKAGE = JSON.parse(readFileSync(path.join(THEME_DIR, "package.json"), "utf8")) as { name: string; "11ty": { compatibility: string } };

/**
 * The Haven Eleventy plugin: checks the Eleventy version, validates its options once, then wires each
 * concern's registrations. Unique: adding it twice keeps the first, so nothing is registered twice.
 */
export default function haven(eleventyConfig: UserConfig, options: HavenOptionsInput = {}): void {
  eleventyConfig.versionCheck(PACKAGE["11ty"].compatibility);
  const opts = parseOrThrow(optionsSchema, options, "Haven plugin options");
  const urls = registerUrls(eleventyConfig);
  const images = registerImages(eleventyConfig, opts.imageCacheDir, urlFilters(urls).havenUrl);
  const labels = registerLabels(eleventyConfig, opts.labels);
  const languages = registerLanguages(eleventyConfig, labels);
  const articles = registerArticleDirs(eleventyConfig, opts.articlesDir);
  const markdown = registerMarkdown(eleventyConfig, {
    toc: opts.toc,
    labels,
    use: (md) => md.use(siteLinks, urls),
    library: (md) => markdownImages(md, images.pipeline),
  });
  const store = createDataStore();
  registerDataFiles(eleventyConfig, store);
  const templates = registerTemplates(eleventyConfig, THEME_DIR);
  registerShortcodes(eleventyConfig, templates);
  registerSharedPartials(eleventyConfig, THEME_DIR, templates);
  registerTocScript(eleventyConfig);
  registerForms(eleventyConfig, store.validated, labels);
  registerSearch(eleventyConfig, browseLinks(opts.pages), labels);
  registerFilters(eleventyConfig);
  const afterCheck = async (site: CheckedSite) => {
    checkSiteLabels(site, labels);
    await images.prepareData(site);
  };
  const siteChecker = registerSiteCheck(eleventyConfig, articles, store, afterCheck, { requireMedicalReview: opts.requireMedicalReview });
  registerStyles(eleventyConfig, opts.stylesheets, opts.cssCacheDir);
  const { checked, globals } = siteChecker;
  const facts = registerSeo(eleventyConfig, { articles, markdown: markdown.take, checked, urls, imageFile: images.pipeline.largest, languages, labels });
  registerPages(eleventyConfig, { options: opts, articles, checked, globals, urls, markdown: markdown.render, labels, languages });
  registerArticleView(eleventyConfig, facts);
}

// How Eleventy names the plugin (`hasPlugin("eleventy-theme-haven")`) and skips a second `addPlugin(haven)`.
Object.defineProperty(haven, "eleventyPackage", { value: PACKAGE.name });
Object.defineProperty(haven, "eleventyPluginOptions", { value: { unique: true } });
