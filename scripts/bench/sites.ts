import { mkdir, rm, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import insurers from "../../content/_data/insurers.ts";
import site from "../../content/_data/site.ts";
import { writeArticles } from "./generate.ts";

/** The repository root, so generated sites resolve Haven and its dependencies from it. */
export const ROOT = path.resolve(import.meta.dirname, "../..");

/** Generated sites live outside the repo (Eleventy's watcher skips dot-folders); they import Haven by absolute path. */
export const BENCH_DIR = path.join(os.tmpdir(), "haven-bench");

const PERMALINK = "/articles/{{ page.fileSlug }}/";

/** Empties `dir` and writes the articles and an ESM package.json (so the .ts config loads as a module). */
async function freshSite(dir: string, count: number): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await writeArticles(path.join(dir, "content"), count);
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
}

/**
 * A site of `count` articles built with Haven as an installed site runs it: the compiled plugin from
 * `dist/` (run `npm run build:dist` first) and the example site's data.
 */
export async function writeHavenSite(count: number): Promise<string> {
  const dir = path.join(BENCH_DIR, `haven-${count}`);
  await freshSite(dir, count);
  await mkdir(path.join(dir, "content", "_data"), { recursive: true });
  for (const [name, data] of Object.entries({ site, insurers })) {
    await writeFile(path.join(dir, "content", "_data", `${name}.ts`), `export default ${JSON.stringify(data)};\n`);
  }
  await writeFile(path.join(dir, "content", "articles", "articles.11tydata.json"), JSON.stringify({ layout: "article", tags: ["articles"], permalink: PERMALINK }));
  await writeFile(
    path.join(dir, "eleventy.config.ts"),
    `import haven from "${ROOT}/dist/index.js";
export default function (eleventyConfig) { eleventyConfig.addPlugin(haven); }
export const config = { dir: { input: "content", includes: "_includes", layouts: "_layouts", data: "_data" }, markdownTemplateEngine: "njk" };
`,
  );
  return dir;
}

/** The same articles with bare Eleventy: one trivial layout, no plugin. */
export async function writeBareSite(count: number): Promise<string> {
  const dir = path.join(BENCH_DIR, `bare-${count}`);
  await freshSite(dir, count);
  await mkdir(path.join(dir, "content", "_includes"), { recursive: true });
  await writeFile(path.join(dir, "content", "_includes", "bare.njk"), "<!DOCTYPE html><title>{{ title }}</title><main>{{ content | safe }}</main>");
  await writeFile(path.join(dir, "content", "articles", "articles.11tydata.json"), JSON.stringify({ layout: "bare.njk", permalink: PERMALINK }));
  await writeFile(
    path.join(dir, "eleventy.config.ts"),
    `export const config = { dir: { input: "content" }, markdownTemplateEngine: "njk" };\n`,
  );
  return dir;
}
