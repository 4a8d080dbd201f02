/**
 * The floor without Eleventy: markdown-it and Nunjucks over the same articles, one trivial layout.
 * Usage: tsx scripts/bench/bare-script.ts <articles dir> <output dir>
 */
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import matter from "gray-matter";
import MarkdownIt from "markdown-it";
import nunjucks from "nunjucks";

const [input, output] = process.argv.slice(2);
const md = new MarkdownIt({ html: true });
const layout = nunjucks.compile("<!DOCTYPE html><title>{{ title }}</title><main>{{ content | safe }}</main>");
const files = (await readdir(input)).filter((f) => f.endsWith(".md"));
await Promise.all(
  files.map(async (file) => {
    const { data, content } = matter(await readFile(path.join(input, file), "utf8"));
    const dir = path.join(output, "articles", path.basename(file, ".md"));
    await mkdir(dir, { recursive: true });
    await writeFile(path.join(dir, "index.html"), layout.render({ ...data, content: md.render(content) }));
  }),
);
