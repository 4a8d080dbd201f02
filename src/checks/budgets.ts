import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** First TCP flight: 10 segments of 1,460 bytes, less headers; 14,000 bytes of brotli is the usual rule. */
export const HTML_BUDGET = 14_000;
/** The forms bundle, brotli. */
export const JS_BUDGET = 3_000;

interface Weight {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes of some bytes. */
function weigh(bytes: Buffer): Weight {
  const brotli = brotliCompressSync(bytes, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli };
}

/**
 * Page-weight budgets for visitors on slow connections, over every page of the built site in `dir`: its
 * HTML (with inlined CSS) fits the first round trip, and JavaScript loads only where a form or search needs it.
 * Prints a table of sizes in bytes; returns the problems (none when every page is within budget).
 */
export async function checkBudgets(dir: string): Promise<string[]> {
  const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
  const failures: string[] = [];
  const rows: string[][] = [];
  for (const file of pages) {
    const html = await readFile(path.join(dir, file));
    const text = html.toString("utf8");
    const scripts = [...text.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]);
    const page = weigh(html);
    let js = 0;
    for (const script of scripts) js += weigh(await readFile(path.join(dir, script))).brotli;
    if (page.brotli > HTML_BUDGET) failures.push(`${file}: HTML ${page.brotli} B brotli is over the ${HTML_BUDGET} B budget`);
    if (js > JS_BUDGET) failures.push(`${file}: JavaScript ${js} B brotli is over the ${JS_BUDGET} B budget`);
    if (js && !/<form[\s>]/.test(text)) failures.push(`${file}: loads JavaScript but has no form`);
    rows.push([file, String(page.raw), String(page.gzip), String(page.brotli), js ? String(js) : "-"]);
  }
  const header = ["page", "raw B", "gzip B", "brotli B", "JS brotli B"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
  console.log([line(header), ...rows.map(line)].join("\n"));
  console.log(`\nBudgets: HTML with inlined CSS <= ${HTML_BUDGET} B brotli per page; JavaScript <= ${JS_BUDGET} B brotli, only on pages with a form.`);
  if (!failures.length) console.log(`All ${pages.length} pages within budget.`);
  return failures;
}
