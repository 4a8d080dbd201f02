import path from "node:path";
import { fileURLToPath } from "node:url";
import { registerComponents } from "./components.ts";
import { registerDataFiles } from "./data-files.ts";
import type { UserConfig } from "./eleventy-types.ts";
import { registerFilters } from "./filters/register.ts";
import { registerForms } from "./forms/register.ts";
import { markdownImages } from "./images/markdown-images.ts";
import { registerImages } from "./images/register.ts";
import { createFrontMatterCache } from "./front-matter.ts";
import { createDataMarkdown, createMarkdown } from "./markdown.ts";
import { memoizeMarkdown } from "./markdown-memo.ts";
import { type HavenOptionsInput, optionsSchema } from "./options.ts";
import { pageOutline } from "./outline.ts";
import { registerPages } from "./pages/register.ts";
import { registerSearch } from "./search/register.ts";
import { registerSeo } from "./seo/register.ts";
import { createStylesheet } from "./styles/stylesheet.ts";
import { registerTemplates } from "./templates.ts";
import { siteLinks } from "./urls/links.ts";
import { registerUrls, urlFilters } from "./urls/register.ts";
import { createSiteChecker } from "./validate/check-site.ts";
import { parseOrThrow } from "./validate/parse-data.ts";

export { defineInsurers, definePeople, defineSite } from "./data/define.ts";
export { defineForms } from "./forms/define.ts";
export type { HavenOptionsInput } from "./options.ts";

/** The theme's own folder (holding `layouts/` and `includes/`), from `src/` or `dist/`. */
const THEME_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");

/** The Haven Eleventy plugin: validates its options once, then registers markdown, data, templates and filters. */
export default function haven(eleventyConfig: UserConfig, options: HavenOptionsInput = {}): void {
  const opts = parseOrThrow(optionsSchema, options, "Haven plugin options");
  const urls = registerUrls(eleventyConfig);
  const { md, headingsFor } = createMarkdown();
  md.use(siteLinks, urls);
  const images = registerImages(eleventyConfig, opts.imageCacheDir, urlFilters(urls).havenUrl);
  eleventyConfig.setLibrary("md", markdownImages(md, images.pipeline));
  registerDataFiles(eleventyConfig);
  registerTemplates(eleventyConfig, THEME_DIR);
  registerComponents(eleventyConfig);
  registerForms(eleventyConfig);
  registerSearch(eleventyConfig);
  registerFilters(eleventyConfig);

  // Checked before anything is written; the YAML parsed for the check is handed to Eleventy.
  const frontMatter = createFrontMatterCache();
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: frontMatter.take } });
  const siteChecker = createSiteChecker(frontMatter.parse);
  const stylesheet = createStylesheet(opts.stylesheets);
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    const checked = await siteChecker.check({ ...directories, articles: path.join(directories.input, opts.articlesDir) });
    await images.prepareData(checked);
    await stylesheet.refresh();
  });
  eleventyConfig.addFilter("inlineStyles", stylesheet.inline);

  // The FAQPage takes the visible FAQ's answer HTML back instead of rendering it again.
  const dataMarkdown = createDataMarkdown().use(siteLinks, urls);
  const markdown = memoizeMarkdown((text: string) => dataMarkdown.render(text));
  eleventyConfig.addFilter("markdown", markdown.render);
  registerSeo(eleventyConfig, { articlesDir: opts.articlesDir, markdown: markdown.take, checked: siteChecker.checked, urls, imageFile: images.pipeline.largest });
  registerPages(eleventyConfig, { options: opts, checked: siteChecker.checked, globals: siteChecker.globals, urls, markdown: (text) => dataMarkdown.render(text) });
  eleventyConfig.addFilter("outline", function (faq: { question: string }[] = [], sections) {
    return pageOutline(headingsFor(this.page.inputPath), faq.map((f) => f.question), sections, opts.toc);
  });
}
