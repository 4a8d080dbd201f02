import type { UserConfig } from "../eleventy-types.ts";
import { createStylesheet } from "./stylesheet.ts";

/** Compiles the theme's and the site's CSS before each build and registers `havenInlineStyles` (brand → `<style>`). */
export function registerStyles(eleventyConfig: UserConfig, siteStylesheets: string[], cacheDir: string): void {
  const stylesheet = createStylesheet(siteStylesheets, cacheDir);
  eleventyConfig.on("eleventy.before", () => stylesheet.refresh());
  eleventyConfig.addFilter("havenInlineStyles", stylesheet.inline);
}
