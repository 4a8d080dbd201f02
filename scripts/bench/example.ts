import { readFileSync } from "node:fs";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

/** The example site's own article: real prose, a ten-item FAQ with lists, five sources, typographic text. */
const EXAMPLE = path.resolve(import.meta.dirname, "../../content/articles/understanding-ketamine-therapy.md");

/** Theme shortcodes (`{% insuranceCallout %}`), which bare Eleventy does not know. */
const SHORTCODE = /^\{%.*%\}\n/gm;

/**
 * Copy `i` of the example article: its front matter and body with a unique title, translation key and headings.
 * `bare` also removes the theme's shortcodes, for the builds without Haven.
 */
export function exampleArticle(i: number, bare: boolean): string {
  const source = readFileSync(EXAMPLE, "utf8");
  const copy = source
    .replace(/^title: (.*)$/m, `title: "$1, copy ${i}"`)
    .replace(/^translationKey: (.*)$/m, `translationKey: $1-copy-${i}`)
    .replace(/^(#{2,6}) (.*)$/gm, `$1 $2 (copy ${i})`);
  return bare ? copy.replace(SHORTCODE, "") : copy;
}

/** Writes `count` copies of the example article into `dir/articles` as `article-<i>.md`. */
export async function writeExampleArticles(dir: string, count: number, bare: boolean): Promise<void> {
  await mkdir(path.join(dir, "articles"), { recursive: true });
  await Promise.all(
    Array.from({ length: count }, (_, i) => writeFile(path.join(dir, "articles", `article-${i}.md`), exampleArticle(i, bare))),
  );
}
