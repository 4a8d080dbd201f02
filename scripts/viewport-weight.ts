import type { BrowserContext, CDPSession, Page } from "playwright-core";

/** The phone the image budget is measured on: 390 × 844 CSS px at 3 device pixels per px (a common phone). */
export const PHONE = { viewport: { width: 390, height: 844 }, deviceScaleFactor: 3 };

/** Throttles a page's network through the DevTools protocol, with the HTTP cache off: `kbit` per second each way, `rtt` ms. */
export async function throttle(cdp: CDPSession, kbit: number, rtt: number): Promise<void> {
  await cdp.send("Network.enable");
  await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
  const throughput = (kbit * 1000) / 8;
  await cdp.send("Network.emulateNetworkConditions", { offline: false, latency: rtt, downloadThroughput: throughput, uploadThroughput: throughput });
}

/** What the network carried so far: response headers and (encoded) bodies, page and workers alike. */
export interface ByteCount {
  total(): Promise<{ bytes: number; requests: number }>;
}

/** Counts every finished request of a browser context from now, Pagefind's web worker included. */
export function countBytes(context: BrowserContext): ByteCount {
  const sizes: Promise<number>[] = [];
  context.on("requestfinished", (request) => {
    sizes.push(request.sizes().then((s) => s.responseHeadersSize + s.responseBodySize));
  });
  return {
    async total() {
      const all = await Promise.all(sizes);
      return { bytes: all.reduce((sum, n) => sum + n, 0), requests: all.length };
    },
  };
}

/** The images drawn in the first viewport once the page has loaded: each file and the bytes it took (Resource Timing). */
export async function firstViewportImages(page: Page): Promise<{ files: string[]; bytes: number }> {
  await page.waitForLoadState("networkidle");
  // No named helpers inside: tsx would wrap them in a function the page does not have.
  return page.evaluate(() => {
    const inView = Array.from(document.images).filter((img) => {
      const box = img.getBoundingClientRect();
      return img.currentSrc && box.bottom > 0 && box.top < innerHeight && box.width > 0;
    });
    const files = [...new Set(inView.map((img) => img.currentSrc))];
    const bytes = files.reduce((sum, url) => sum + ((performance.getEntriesByName(url)[0] as PerformanceResourceTiming | undefined)?.transferSize ?? 0), 0);
    return { files: files.map((url) => new URL(url).pathname), bytes };
  });
}

/** Largest contentful paint in ms, read after the page loaded (buffered entries). */
export async function largestContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((list) => {
          const entries = list.getEntries();
          resolve(Math.round(entries[entries.length - 1].startTime));
        }).observe({ type: "largest-contentful-paint", buffered: true });
      }),
  );
}
