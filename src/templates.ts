import { existsSync } from "node:fs";
import path from "node:path";
import type { UserConfig } from "./eleventy-types.ts";

/** Layouts the theme ships; front matter names them without extension (`layout: article`). */
export const THEME_LAYOUTS = ["base", "article", "page"] as const;

/**
 * Makes the theme's layouts and partials available while letting the site win: a site file of
 * the same name in its own layouts or includes folder is always found first.
 */
export function registerTemplates(eleventyConfig: UserConfig, themeDir: string): void {
  const { includes, layouts } = eleventyConfig.directories;
  const siteLayouts = layouts ?? includes;
  for (const name of THEME_LAYOUTS) {
    // Aliases, not virtual templates: Eleventy looks virtual layouts up before the site's files.
    const own = existsSync(path.join(siteLayouts, `${name}.njk`));
    const theme = path.relative(siteLayouts, path.join(themeDir, "layouts", `${name}.njk`));
    eleventyConfig.addLayoutAlias(name, own ? `${name}.njk` : theme);
  }
  const searchPaths = [siteLayouts, path.join(themeDir, "includes"), path.join(themeDir, "layouts")];
  eleventyConfig.on("eleventy.engine.njk", ({ environment }) => {
    for (const loader of (environment as unknown as { loaders: object[] }).loaders) {
      // Site includes come first (Eleventy's own search path), then the site's layouts, then the theme's.
      if ("searchPaths" in loader) (loader.searchPaths as string[]).push(...searchPaths.map((p) => path.resolve(p)));
    }
  });
}
