/**
 * Page-weight checks in a real browser, on a 390 px phone: the images drawn in an article's first
 * viewport weigh at most 60 KB, and no page fetches any search byte (Pagefind or the search client)
 * except a search page (/search/, /es/search/: the one with the search form), which fetches no Pagefind byte until the visitor searches.
 * Usage: tsx scripts/check-viewport.ts [--dir _site]
 */
import { readFile } from "node:fs/promises";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "../src/checks/browser.ts";
import { builtPages } from "../src/checks/site-pages.ts";
import { firstViewportImages, PHONE } from "./viewport-weight.ts";
import { startPreview } from "../src/receiver/preview.ts";
import { scriptArgs } from "../src/receiver/command-line.ts";

/** Image bytes an article may draw in its first viewport (AVIF, as a phone at 3x gets it). */
const IMAGE_BUDGET = 60_000;
/** What marks a search page (in every language): its search form. */
const SEARCH_FORM = "data-haven-search";

const { values } = scriptArgs("Usage: tsx scripts/check-viewport.ts [--dir _site]\n\nFirst-viewport image bytes and search bytes on a 390 px phone, in Chromium.", { dir: { type: "string", default: "_site" } });
const server = await startPreview(values.dir);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
const failures: string[] = [];
const rows: string[] = [];
try {
  for (const url of await builtPages(values.dir)) {
    const html = await readFile(`${values.dir}${url.endsWith("/") ? `${url}index.html` : url}`, "utf8");
    const context = await browser.newContext(PHONE);
    const page = await context.newPage();
    const requests: string[] = [];
    page.on("request", (request) => requests.push(new URL(request.url()).pathname));
    await page.goto(server.url + url);
    const images = await firstViewportImages(page);
    await context.close();
    const search = requests.filter((path) => path.includes("/pagefind/") || (!html.includes(SEARCH_FORM) && /\/search-\w+\.js$/.test(path)));
    if (search.length) failures.push(`${url}: fetches search files without a search: ${search.join(", ")}`);
    const isArticle = html.includes("data-pagefind-body");
    if (isArticle && images.bytes > IMAGE_BUDGET) failures.push(`${url}: ${images.bytes} B of images in the first viewport, over ${IMAGE_BUDGET} B`);
    rows.push(`${url.padEnd(48)} ${String(images.bytes).padStart(8)}  ${search.length ? "search bytes!" : "no search bytes"}  ${images.files.join(" ")}`);
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(`${"page".padEnd(48)} ${"image B".padStart(8)}  (first viewport at ${PHONE.viewport.width} px, ${PHONE.deviceScaleFactor}x)\n${rows.join("\n")}`);
console.log(`\nBudgets: article first-viewport images <= ${IMAGE_BUDGET} B; no search bytes outside the search pages, none there before a search.`);
if (failures.length) {
  console.error(`\nOver budget:\n${failures.map((f) => `  - ${f}`).join("\n")}`);
  process.exitCode = 1;
} else {
  console.log(`All ${rows.length} pages within budget.`);
}
