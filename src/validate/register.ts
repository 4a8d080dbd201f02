import type { ArticleDirs } from "../languages/article-dirs.ts";
import { createFrontMatterCache } from "../data/front-matter.ts";
import type { DataStore } from "../data/store.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { type ArticleRules, type CheckedSite, createSiteChecker, type SiteChecker } from "./check-site.ts";

/**
 * Checks the site's data and every article's front matter before anything is written (the YAML parsed
 * for the check is handed to Eleventy), then runs `afterCheck` on what passed (e.g. processing its images).
 * Returns the lookups of what the check validated (articles, global data), so pages reuse it.
 */
export function registerSiteCheck(
  eleventyConfig: UserConfig,
  articles: ArticleDirs,
  store: DataStore,
  afterCheck: (site: CheckedSite) => Promise<void>,
  rules?: ArticleRules,
): Pick<SiteChecker, "checked" | "globals"> {
  const frontMatter = createFrontMatterCache();
  eleventyConfig.setFrontMatterParsingOptions({ engines: { yaml: frontMatter.take } });
  const siteChecker = createSiteChecker(frontMatter.parse, store.load, rules);
  eleventyConfig.on("eleventy.before", async ({ directories }) => {
    await afterCheck(await siteChecker.check({ ...directories, articles: articles.dirs() }));
  });
  return { checked: siteChecker.checked, globals: siteChecker.globals };
}
