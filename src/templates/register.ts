import { existsSync } from "node:fs";
import path from "node:path";
import nunjucks, { type Environment } from "nunjucks";
import type { UserConfig } from "../eleventy-types.ts";
import { IDS } from "./ids.ts";

/** Prefix that always reaches the theme's own file, so a site's override can `{% extends "haven/article.njk" %}`. */
export const THEME_PREFIX = "haven/";

/** Finds `haven/<name>` in the theme's folders only. */
class ThemeLoader extends nunjucks.FileSystemLoader {
  getSource(name: string): nunjucks.LoaderSource {
    // A loader answers null for names it does not have; the typings omit that.
    return (name.startsWith(THEME_PREFIX) ? super.getSource(name.slice(THEME_PREFIX.length)) : null) as nunjucks.LoaderSource;
  }
}

/** Layouts the theme ships; front matter names them without extension (`layout: article`). */
export const THEME_LAYOUTS = ["base", "article", "page", "generated"] as const;

/** The site's templates as the theme's other parts see them. */
export interface SiteTemplates {
  /** Whether the site has its own template `name` (e.g. `footer.njk`) in its includes or layouts folder. */
  has(name: string): boolean;
  /** Renders template `name` with `context` in Eleventy's Nunjucks environment; throws, naming `caller`, before Nunjucks starts. */
  render(name: string, context: object | undefined, caller: string): string;
}

/**
 * Makes the theme's layouts and partials available while letting the site win: a site file of
 * the same name in its own layouts or includes folder is always found first. Gives them the theme's
 * element ids as the `havenIds` global (`id="{{ havenIds.main }}"`).
 */
export function registerTemplates(eleventyConfig: UserConfig, themeDir: string): SiteTemplates {
  eleventyConfig.addGlobalData("havenIds", IDS);
  const { includes, layouts } = eleventyConfig.directories;
  const siteLayouts = layouts ?? includes;
  const has = (name: string) => [includes, siteLayouts].some((dir) => existsSync(path.join(dir, name)));
  for (const name of THEME_LAYOUTS) {
    // Aliases, not virtual templates: Eleventy looks virtual layouts up before the site's files.
    const own = existsSync(path.join(siteLayouts, `${name}.njk`));
    const theme = path.relative(siteLayouts, path.join(themeDir, "layouts", `${name}.njk`));
    eleventyConfig.addLayoutAlias(name, own ? `${name}.njk` : theme);
  }
  const themePaths = [path.join(themeDir, "includes"), path.join(themeDir, "layouts")];
  for (const dir of [...themePaths, path.join(themeDir, "src", "styles")]) eleventyConfig.addWatchTarget(dir);
  let njk: Environment | undefined;
  eleventyConfig.on("eleventy.engine.njk", ({ environment }) => {
    njk = environment;
    const loaders = (environment as unknown as { loaders: object[] }).loaders;
    for (const loader of loaders) {
      // Site includes come first (Eleventy's own search path), then the site's layouts, then the theme's.
      if ("searchPaths" in loader) (loader.searchPaths as string[]).push(...[siteLayouts, ...themePaths].map((p) => path.resolve(p)));
    }
    // Nunjucks gives each loader its cache when the environment is made; this one joins later.
    loaders.push(Object.assign(new ThemeLoader(themePaths), { cache: {} }));
  });
  const render = (name: string, context: object | undefined, caller: string) => {
    if (!njk) throw new Error(`Haven: ${caller} needs Nunjucks, which has not started`);
    return njk.render(name, context);
  };
  return { has, render };
}
