import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { cssCacheKey, cssToolVersions } from "./cache-key.ts";
import { CUSTOM_MEDIA } from "./breakpoints.ts";
import type { BrandColors } from "./contrast.ts";
import { THEME_PROPERTIES } from "./theme-colors.ts";

// The CSS ships in src/styles; this module runs from src/styles or dist/styles.
const STYLES_DIR = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../src/styles");
/** The theme's stylesheets, in cascade order. */
export const THEME_STYLESHEETS = ["base.css", "layout.css", "components.css", "forms.css", "print.css"].map((f) =>
  path.join(STYLES_DIR, f),
);

/** Runs CSS through postcss-preset-env (nesting, custom media) and cssnano; loaded lazily since it takes a second. */
export async function compileCss(source: string): Promise<string> {
  const [{ default: postcss }, { default: presetEnv }, { default: cssnano }] = await Promise.all([
    import("postcss"),
    import("postcss-preset-env"),
    import("cssnano"),
  ]);
  const features = { "custom-properties": false, "light-dark-function": false };
  const processor = postcss([presetEnv({ browsers: "defaults", stage: 2, features }), cssnano({ preset: "default" })]);
  return (await processor.process(source, { from: undefined })).css;
}

/**
 * The stylesheet every page inlines: the theme's CSS then the site's own, compiled only when their content or
 * the CSS tools change; compiled CSS is kept in `cacheDir` (resolved against the working folder) between builds.
 */
export function createStylesheet(siteFiles: string[], cacheDir: string) {
  const files = [...THEME_STYLESHEETS, ...siteFiles.map((f) => path.resolve(f))];
  let css = "";
  let tools: string | undefined;
  const dir = path.resolve(cacheDir);
  return {
    /** Reads the stylesheets and compiles them, or reuses the cached result for the same content. */
    async refresh(): Promise<void> {
      const source = CUSTOM_MEDIA + (await Promise.all(files.map((file) => readFile(file, "utf8")))).join("\n");
      const cached = path.join(dir, `${cssCacheKey(source, (tools ??= cssToolVersions()))}.css`);
      css = await readFile(cached, "utf8").catch(async () => {
        const compiled = await compileCss(source);
        await mkdir(dir, { recursive: true });
        await writeFile(cached, compiled);
        return compiled;
      });
    },
    /** The `<style>` element for a page: theme and brand colours as custom properties, then the compiled CSS. */
    inline(brand: BrandColors): string {
      return `<style>${THEME_PROPERTIES}${brandProperties(brand)}${css}</style>`;
    },
  };
}

/** Brand colours as the custom properties base.css reads (values are validated hex colours). */
export function brandProperties(brand: BrandColors): string {
  return `:root{--brand:${brand.primary};--brand-dark:${brand.primaryDark};--highlight:${brand.highlight};--highlight-dark:${brand.highlightDark}}`;
}
