/**
 * Page-weight budgets for visitors on slow connections: every page's HTML (with its inlined CSS)
 * must fit the first TCP round trip, and JavaScript may appear only where a form needs it.
 * Usage: tsx scripts/check-budgets.ts [--dir _site]
 */
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { scriptArgs } from "../src/receiver/command-line.ts";

/** First TCP flight: 10 segments of 1,460 bytes, less headers; 14,000 bytes of brotli is the usual rule. */
const HTML_BUDGET = 14_000;
/** The forms bundle, brotli. */
const JS_BUDGET = 3_000;

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

const { values } = scriptArgs("Usage: npm run check:budgets -- [--dir _site]\n\nPage-weight budgets: HTML in the first round trip, JavaScript only where a form needs it.", { dir: { type: "string", default: "_site" } });
const dir = values.dir;
const pages = (await readdir(dir, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
const failures: string[] = [];
const rows: string[][] = [];

for (const file of pages) {
  const html = await readFile(path.join(dir, file));
  const text = html.toString("utf8");
  const scripts = [...text.matchAll(/<script[^>]*\bsrc="\/([^"]+)"/g)].map((m) => m[1]);
  const hasForm = /<form[\s>]/.test(text);
  const page = weigh(html);
  let js = 0;
  for (const script of scripts) js += weigh(await readFile(path.join(dir, script))).brotli;
  if (page.brotli > HTML_BUDGET) failures.push(`${file}: HTML ${page.brotli} B brotli is over the ${HTML_BUDGET} B budget`);
  if (js > JS_BUDGET) failures.push(`${file}: JavaScript ${js} B brotli is over the ${JS_BUDGET} B budget`);
  if (js && !hasForm) failures.push(`${file}: loads JavaScript but has no form`);
  rows.push([file, String(page.raw), String(page.gzip), String(page.brotli), js ? String(js) : "-"]);
}

const header = ["page", "raw B", "gzip B", "brotli B", "JS brotli B"];
const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
const line = (cells: string[]) => cells.map((c, i) => (i ? c.padStart(widths[i]) : c.padEnd(widths[i]))).join("  ");
console.log([line(header), ...rows.map(line)].join("\n"));
console.log(`\nBudgets: HTML with inlined CSS <= ${HTML_BUDGET} B brotli per page; JavaScript <= ${JS_BUDGET} B brotli, only on pages with a form.`);
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`All ${pages.length} pages within budget.`);
}
