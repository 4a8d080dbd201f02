/**
 * Low-bandwidth measurement: loads pages on a 390 px phone in Chromium throttled to a slow mobile link
 * through the DevTools protocol and prints first contentful paint, largest contentful paint, when the
 * forms are usable, bytes transferred and the image bytes of the first viewport; then what a first
 * search costs on /search/. Usage: tsx scripts/measure.ts [--dir _site] [--down 400] [--rtt 400] [--query ketamine] [page …]
 */
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "../src/checks/browser.ts";
import { countBytes, firstViewportImages, largestContentfulPaint, PHONE, throttle } from "./viewport-weight.ts";
import { startPreview } from "../src/receiver/preview.ts";
import { IDS } from "../src/templates/ids.ts";
import { scriptArgs } from "../src/receiver/command-line.ts";

const { values, positionals } = scriptArgs(
  "Usage: npm run measure -- [--dir _site] [--down 400] [--rtt 400] [--query ketamine] [page …]\n\nLoads pages on a throttled 390 px phone in Chromium and prints paint times, bytes and search cost.",
  {
    dir: { type: "string", default: "_site" },
    down: { type: "string", default: "400" },
    rtt: { type: "string", default: "400" },
    query: { type: "string", default: "ketamine" },
  },
  true,
);
const urls = positionals.length ? positionals : ["/articles/understanding-ketamine-therapy/", "/verify-insurance/", "/contact/"];
const kbit = Number(values.down);
const rtt = Number(values.rtt);

const server = await startPreview(values.dir);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
console.log(`Phone ${PHONE.viewport.width} × ${PHONE.viewport.height} px at ${PHONE.deviceScaleFactor}x, throttled to ${kbit} kbit/s down and up, ${rtt} ms round trip; cold cache.\n`);
console.log(["page", "FCP ms", "LCP ms", "forms usable ms", "bytes", "requests", "first-viewport image B"].join("\t"));
try {
  for (const url of urls) {
    const { page, count, close } = await phonePage();
    await page.goto(server.url + url, { waitUntil: "load" });
    const timings = await page.evaluate(usableTimings);
    const lcp = await largestContentfulPaint(page);
    const images = await firstViewportImages(page);
    const { bytes, requests } = await count.total();
    console.log([url, timings.fcp, lcp, timings.formsUsable, bytes, requests, images.bytes].join("\t"));
    await close();
  }
  await measureSearch();
} finally {
  await browser.close();
  await server.close();
}

/** A throttled phone-sized page, counting bytes from its first request. */
async function phonePage() {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await throttle(cdp, kbit, rtt);
  return { page, count: countBytes(context), close: () => context.close() };
}

/** What a first search costs: the bytes fetched between typing a query on /search/ and its results showing. */
async function measureSearch(): Promise<void> {
  const { page, count, close } = await phonePage();
  await page.goto(`${server.url}/search/`, { waitUntil: "networkidle" });
  const before = await count.total();
  const started = Date.now();
  await page.getByRole("searchbox").fill(values.query);
  await page.waitForFunction((id) => /found/.test(document.getElementById(id)?.textContent ?? ""), IDS.searchStatus, { timeout: 120_000 });
  await page.waitForLoadState("networkidle");
  const status = await page.locator(`#${IDS.searchStatus}`).textContent();
  const after = await count.total();
  console.log(`\n/search/ page load: ${before.bytes} B in ${before.requests} requests`);
  console.log(`First search for "${values.query}": ${after.bytes - before.bytes} B in ${after.requests - before.requests} requests, results after ${Date.now() - started} ms (${status})`);
  await close();
}

/** In the page: first contentful paint, and when every form was usable (enhanced by the bundle, or parsed if no script). */
async function usableTimings(): Promise<{ fcp: number; formsUsable: number | string }> {
  const paint = performance.getEntriesByName("first-contentful-paint")[0];
  const fcp = Math.round(paint?.startTime ?? NaN);
  const forms = Array.from(document.forms);
  if (!forms.length) return { fcp, formsUsable: "no form" };
  const enhancing = document.querySelector('script[type="module"][src]');
  if (!enhancing) {
    const nav = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { fcp, formsUsable: Math.round(nav.domInteractive) };
  }
  const deadline = performance.now() + 30_000;
  while (!forms.every((form) => form.hasAttribute("data-enhanced"))) {
    if (performance.now() > deadline) return { fcp, formsUsable: "not ready after 30 s" };
    await new Promise((r) => setTimeout(r, 10));
  }
  return { fcp, formsUsable: Math.round(performance.now()) };
}
