import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { builtPages, pageFile } from "./helpers/build-site.ts";

// V8 stores a string at two bytes per character once it holds one character above U+00FF, and
// Eleventy keeps every page's output until the build ends: the theme's own markup stays Latin-1.
const WIDE = /[^\u0000-\u00ff]/gu;
// What markdown-it's typographer makes of the content's quotes, dashes and dots.
const TYPOGRAPHER = ["\u2018", "\u2019", "\u201c", "\u201d", "\u2013", "\u2014", "\u2026"];

it("adds no character above U+00FF that the site's own content does not have", async () => {
  const fromContent = new Set(TYPOGRAPHER);
  for (const file of await readdir("test/fixtures/theme-site/content", { recursive: true, withFileTypes: true })) {
    if (!file.isFile()) continue;
    for (const char of (await readFile(path.join(file.parentPath, file.name), "utf8")).match(WIDE) ?? []) fromContent.add(char);
  }
  const site = inject("exampleSite");
  for (const url of await builtPages(site)) {
    const html = await readFile(pageFile(site, url), "utf8");
    const added = [...new Set(html.match(WIDE) ?? [])].filter((char) => !fromContent.has(char));
    expect(added, url).toEqual([]);
  }
});
