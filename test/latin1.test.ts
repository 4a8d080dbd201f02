import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { expect, inject, it } from "vitest";
import { ctaSchema } from "../src/data/cta-schema.ts";
import { DEFAULT_FORMS } from "../src/forms/defaults.ts";
import { ENGLISH } from "../src/templates/labels.ts";
import { builtPages, pageFile } from "./helpers/build-site.ts";

// V8 stores a string at two bytes per character once it holds one character above U+00FF, and
// Eleventy keeps every page's output until the build ends: the theme's own markup stays Latin-1.
const WIDE = /[^\u0000-\u00ff]/gu;
const HAS_WIDE = /[^\u0000-\u00ff]/u;
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

/** Every string inside a value, with its path: `forms.contact.fields[0].label`. */
function strings(value: unknown, at = ""): [string, string][] {
  if (typeof value === "string") return [[at, value]];
  if (Array.isArray(value)) return value.flatMap((item, i) => strings(item, `${at}[${i}]`));
  if (value && typeof value === "object") return Object.entries(value).flatMap(([key, item]) => strings(item, at ? `${at}.${key}` : key));
  return [];
}

// The build test above must excuse what content has (an ellipsis in an article excuses one in the theme):
// the theme's own copy and templates are checked here, alone.
it("keeps the theme's own copy and templates within Latin-1", async () => {
  const copy = [...strings(DEFAULT_FORMS, "forms"), ...strings(ctaSchema.parse({}), "cta"), ...strings(ENGLISH, "labels")];
  for (const dir of ["includes", "layouts"]) {
    for (const file of await readdir(dir, { recursive: true })) {
      if (file.endsWith(".njk")) copy.push([`${dir}/${file}`, await readFile(path.join(dir, file), "utf8")]);
    }
  }
  expect(copy.length).toBeGreaterThan(50);
  expect(copy.filter(([, text]) => HAS_WIDE.test(text)).map(([at, text]) => `${at}: ${text.match(WIDE)!.join("")}`)).toEqual([]);
});
