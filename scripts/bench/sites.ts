import { cp, mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import insurers from "../../content/_data/insurers.ts";
import site from "../../content/_data/site.ts";
import { writeExampleArticles } from "./example.ts";
import { writeArticles } from "./generate.ts";

/** The repository root, so generated sites resolve Haven and its dependencies from it. */
export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Generated sites live outside the repo (Eleventy's watcher skips dot-folders); they import Haven by absolute path. */
export const BENCH_DIR = path.join(os.tmpdir(), "haven-bench");

/** What the articles are: `synthetic` (generated prose) or `example` (copies of the example site's real article). */
export type BenchContent = "synthetic" | "example";

const PERMALINK = "/articles/{{ page.fileSlug }}/";
const EXAMPLE_CONTENT = path.join(ROOT, "content");

/** Empties `dir` and writes the articles and an ESM package.json (so the .ts config loads as a module). */
async function freshSite(dir: string, count: number, content: BenchContent, bare: boolean): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  if (content === "example") await writeExampleArticles(path.join(dir, "content"), count, bare);
  else await writeArticles(path.join(dir, "content"), count);
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
}

/** The example site around the articles: its data (importing the compiled Haven), pages and images. */
async function copyExampleSite(dir: string): Promise<void> {
  for (const entry of await readdir(EXAMPLE_CONTENT)) {
    if (entry !== "articles" && entry !== "_data") await cp(path.join(EXAMPLE_CONTENT, entry), path.join(dir, "content", entry), { recursive: true });
  }
  await mkdir(path.join(dir, "content", "_data"), { recursive: true });
  for (const file of await readdir(path.join(EXAMPLE_CONTENT, "_data"))) {
    const source = await readFile(path.join(EXAMPLE_CONTENT, "_data", file), "utf8");
    await writeFile(path.join(dir, "content", "_data", file), source.replaceAll("../../src/index.ts", `${ROOT}/dist/index.js`));
  }
}

/** The synthetic articles' site data: the example's site and insurers with their images (the articles name their people inline). */
async function writeSyntheticData(dir: string): Promise<void> {
  await mkdir(path.join(dir, "content", "_data"), { recursive: true });
  await cp(path.join(EXAMPLE_CONTENT, "img"), path.join(dir, "content", "img"), { recursive: true });
  for (const [name, data] of Object.entries({ site, insurers })) {
    await writeFile(path.join(dir, "content", "_data", `${name}.ts`), `export default ${JSON.stringify(data)};\n`);
  }
}

/**
 * A site of `count` articles built with Haven as an installed site runs it: the compiled plugin from
 * `dist/` (run `npm run build:dist` first). `example` content is the whole example site scaled up
 * (its pages, data and images, the generated listings, topics, people and search pages).
 */
export async function writeHavenSite(count: number, content: BenchContent = "synthetic"): Promise<string> {
  const dir = path.join(BENCH_DIR, `haven-${content}-${count}`);
  await freshSite(dir, count, content, false);
  await (content === "example" ? copyExampleSite(dir) : writeSyntheticData(dir));
  await writeFile(path.join(dir, "content", "articles", "articles.11tydata.json"), JSON.stringify({ layout: "article", tags: ["articles"], permalink: PERMALINK }));
  await writeFile(
    path.join(dir, "eleventy.config.ts"),
    `import haven from "${ROOT}/dist/index.js";
export default function (eleventyConfig) { eleventyConfig.addPlugin(haven); }
export const config = { dir: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data" }, markdownTemplateEngine: "njk", htmlTemplateEngine: "njk", templateFormats: ["md", "njk"] };
`,
  );
  return dir;
}

/** The same articles (theme shortcodes removed) with bare Eleventy: one trivial layout, no plugin, the same markdown engine. */
export async function writeBareSite(count: number, content: BenchContent = "synthetic"): Promise<string> {
  const dir = path.join(BENCH_DIR, `bare-${content}-${count}`);
  await freshSite(dir, count, content, true);
  await mkdir(path.join(dir, "content", "_includes"), { recursive: true });
  await writeFile(path.join(dir, "content", "_includes", "bare.njk"), "<!DOCTYPE html><title>{{ title }}</title><main>{{ content | safe }}</main>");
  await writeFile(path.join(dir, "content", "articles", "articles.11tydata.json"), JSON.stringify({ layout: "bare.njk", permalink: PERMALINK }));
  await writeFile(
    path.join(dir, "eleventy.config.ts"),
    `export const config = { dir: { input: "content" }, markdownTemplateEngine: "njk" };\n`,
  );
  return dir;
}
