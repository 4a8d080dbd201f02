import type { UserConfig } from "../eleventy-types.ts";
import { buildInlineScript } from "../forms/bundle.ts";
import { DESKTOP_MEDIA } from "../styles/breakpoints.ts";

/**
 * Registers `havenTocScript`: the TOC's inline `<script>` (src/client/toc.ts, built once per build) that opens the
 * TOC beside the article on a desktop and marks the section being read. The TOC works without it.
 */
export function registerTocScript(eleventyConfig: UserConfig): void {
  let code = "";
  eleventyConfig.on("eleventy.before", async () => {
    code ||= await buildInlineScript("toc");
  });
  eleventyConfig.addNunjucksGlobal("havenTocScript", () => (code ? `<script data-media="${DESKTOP_MEDIA}">${code}</script>` : ""));
}
