import { readFile } from "node:fs/promises";
import path from "node:path";
import { close, createIndex } from "pagefind";

/** The output folder of Pagefind's bundle (its script, WebAssembly and index), also its URL path. */
export const PAGEFIND_FOLDER = "pagefind";

/**
 * Parts of an article page that are not its title, description, body or FAQ, left out of the index.
 * Pages are indexed only inside `data-pagefind-body` (the article layout's `<article>`), so other pages are not indexed at all.
 */
export const NOT_INDEXED = [".article-category", ".byline", ".article-hero", ".crisis-notice", ".toc", ".callout", ".sources", "form"];

/** How many pages went into the index (pages with `data-pagefind-body`), of how many HTML files read. */
export interface IndexResult {
  pages: number;
  files: number;
}

/**
 * Indexes the built site in `outputDir` with Pagefind's Node API and writes the search bundle to
 * `<outputDir>/pagefind/`; throws naming what Pagefind reported. Stops Pagefind's service afterwards.
 */
export async function indexSite(outputDir: string): Promise<IndexResult> {
  try {
    const { index, errors } = await createIndex({ excludeSelectors: NOT_INDEXED });
    if (!index) throw new Error(`Pagefind did not start: ${errors.join("; ")}`);
    const added = await index.addDirectory({ path: outputDir });
    if (added.errors.length) throw new Error(`Pagefind could not index ${outputDir}: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(outputDir, PAGEFIND_FOLDER) });
    if (written.errors.length) throw new Error(`Pagefind could not write its files: ${written.errors.join("; ")}`);
    const entry = JSON.parse(await readFile(path.join(outputDir, PAGEFIND_FOLDER, "pagefind-entry.json"), "utf8"));
    const languages = Object.values(entry.languages as Record<string, { page_count: number }>);
    return { pages: languages.reduce((sum, language) => sum + language.page_count, 0), files: added.page_count };
  } finally {
    await close();
  }
}
