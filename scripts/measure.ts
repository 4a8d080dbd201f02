/**
 * Low-bandwidth measurement: loads pages in Chromium throttled to a slow mobile link through the
 * DevTools protocol and prints first contentful paint, when the forms are usable, and bytes transferred.
 * Usage: tsx scripts/measure.ts [--dir _site] [--down 400] [--rtt 400] [page …]
 */
import { parseArgs } from "node:util";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "./browser.ts";
import { startPreview } from "../src/receiver/preview.ts";

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: {
    dir: { type: "string", default: "_site" },
    down: { type: "string", default: "400" },
    rtt: { type: "string", default: "400" },
  },
});
const urls = positionals.length ? positionals : ["/articles/understanding-ketamine-therapy/", "/verify-insurance/", "/contact/"];
const kbit = Number(values.down);
const rtt = Number(values.rtt);

const server = await startPreview(values.dir);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
console.log(`Throttled to ${kbit} kbit/s down and up, ${rtt} ms round trip; cold cache.\n`);
console.log(["page", "FCP ms", "forms usable ms", "bytes", "requests"].join("\t"));
try {
  for (const url of urls) {
    const context = await browser.newContext();
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.enable");
    await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
    const throughput = (kbit * 1000) / 8;
    await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: rtt, downloadThroughput: throughput, uploadThroughput: throughput });
    let bytes = 0;
    let requests = 0;
    cdp.on("Network.loadingFinished", (event) => {
      bytes += event.encodedDataLength;
      requests += 1;
    });
    await page.goto(server.url + url, { waitUntil: "load" });
    const timings = await page.evaluate(usableTimings);
    await page.waitForTimeout(100);
    console.log([url, timings.fcp, timings.formsUsable, bytes, requests].join("\t"));
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
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
