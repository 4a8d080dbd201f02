import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../src/checks/browser.ts";
import { type Preview, startPreview } from "../src/receiver/preview.ts";
import { builtPages } from "./helpers/build-site.ts";

let browser: Browser;
let server: Preview;
let pages: string[];

beforeAll(async () => {
  server = await startPreview(inject("exampleSite"));
  pages = await builtPages(inject("exampleSite"));
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** How far the page scrolls sideways at a given CSS viewport width. */
async function overflow(url: string, options: { width: number; deviceScaleFactor?: number }): Promise<number> {
  const context = await browser.newContext({ viewport: { width: options.width, height: 800 }, deviceScaleFactor: options.deviceScaleFactor ?? 1 });
  const page = await context.newPage();
  await page.goto(server.url + url);
  const extra = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  await context.close();
  return extra;
}

describe("small screens and zoom", () => {
  it("never scrolls sideways at 320 px wide", async () => {
    for (const url of pages) expect(await overflow(url, { width: 320 }), url).toBe(0);
  });
  it("never scrolls sideways at 200% zoom of a 1280 px window", async () => {
    // 200% browser zoom halves the CSS viewport and doubles the pixel ratio.
    for (const url of pages) expect(await overflow(url, { width: 640, deviceScaleFactor: 2 }), url).toBe(0);
  });
});

describe("dark mode", () => {
  it("has no axe violations (contrast included) in the dark colour scheme", async () => {
    const context = await browser.newContext({ colorScheme: "dark" });
    for (const url of pages) {
      const page = await context.newPage();
      await page.goto(server.url + url);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), url).toEqual([]);
      await page.close();
    }
    await context.close();
    // One axe run per page, about 3 s each on a busy 2-core machine: the site has over twenty pages now.
  }, 240_000);
});
