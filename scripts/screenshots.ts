/**
 * Screenshots of the example article's first screen for the README: a 390×844 phone and a 1280×800 desktop, light
 * and dark, written to docs/screenshots/article-<width>-<scheme>.png. Build first (`npm run build`).
 * Usage: tsx scripts/screenshots.ts [--dir _site] [--out docs/screenshots] [--page /articles/understanding-ketamine-therapy/]
 */
import { mkdir } from "node:fs/promises";
import path from "node:path";
import { chromium } from "playwright-core";
import { CHROME_ARGS, CHROME_PATH } from "../src/checks/browser.ts";
import { startPreview } from "../src/receiver/preview.ts";
import { scriptArgs } from "../src/receiver/command-line.ts";

const { values } = scriptArgs(
  "Usage: tsx scripts/screenshots.ts [--dir _site] [--out docs/screenshots] [--page URL]\n\nScreenshots of an article's first screen at 390 and 1280 px wide, light and dark.",
  {
    dir: { type: "string", default: "_site" },
    out: { type: "string", default: "docs/screenshots" },
    page: { type: "string", default: "/articles/understanding-ketamine-therapy/" },
  },
);
const VIEWPORTS = [
  { width: 390, height: 844 },
  { width: 1280, height: 800 },
];

const server = await startPreview(values.dir);
const browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
await mkdir(values.out, { recursive: true });
try {
  for (const viewport of VIEWPORTS) {
    for (const colorScheme of ["light", "dark"] as const) {
      const context = await browser.newContext({ viewport, colorScheme, reducedMotion: "reduce" });
      const page = await context.newPage();
      await page.goto(server.url + values.page, { waitUntil: "load" });
      const file = path.join(values.out, `article-${viewport.width}-${colorScheme}.png`);
      await page.screenshot({ path: file });
      console.log(file);
      await context.close();
    }
  }
} finally {
  await browser.close();
  await server.close();
}
