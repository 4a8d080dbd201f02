import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../src/checks/browser.ts";
import { type Preview, startPreview } from "../src/receiver/preview.ts";

const ARTICLE = "/articles/understanding-ketamine-therapy/";
let browser: Browser;
let server: Preview;

beforeAll(async () => {
  server = await startPreview(inject("exampleSite"));
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(width: number, height: number, javaScriptEnabled = true): Promise<Page> {
  const context = await browser.newContext({ viewport: { width, height }, javaScriptEnabled, reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(server.url + ARTICLE);
  return page;
}

const top = (page: Page, selector: string) => page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top + scrollY);

describe("on a 390×844 phone", () => {
  it("starts the article's first paragraph within 1,050 px, under a one-row header and a collapsed TOC", async () => {
    const page = await open(390, 844);
    const offset = await top(page, ".article-body > p");
    console.log(`first paragraph at ${Math.round(offset)} px`);
    expect(offset).toBeLessThanOrEqual(1050);
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThanOrEqual(80);
    expect(await page.locator(".toc details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await page.context().close();
  });
  it("has an action bar of three targets of at least 44×44 px, left out of print", async () => {
    const page = await open(390, 844);
    const boxes = await page.locator(".action-bar a").evaluateAll((as) => as.map((a) => a.getBoundingClientRect().toJSON() as DOMRect));
    console.log(`action bar targets ${boxes.map((b) => `${Math.round(b.width)}×${Math.round(b.height)}`).join(", ")} px`);
    expect(boxes).toHaveLength(3);
    for (const box of boxes) expect(Math.min(box.width, box.height)).toBeGreaterThanOrEqual(44);
    for (const box of boxes) expect(box.bottom).toBeLessThanOrEqual(844);
    await page.emulateMedia({ media: "print" });
    expect(await page.locator(".action-bar").isVisible()).toBe(false);
    await page.context().close();
  });
  it("never leaves the focused element under the bar while tabbing through the page, nor the end of the page", async () => {
    const page = await open(390, 844);
    const barTop = await page.locator(".action-bar").evaluate((bar) => bar.getBoundingClientRect().top);
    let stops = 0;
    let barStops = 0;
    for (let i = 0; i < 400; i++) {
      await page.keyboard.press("Tab");
      const focus = await page.evaluate(() => {
        const el = document.activeElement as HTMLElement;
        const again = el.dataset.tabbed === "";
        el.dataset.tabbed = "";
        const name = `${el.tagName} ${el.id || el.getAttribute("href") || el.getAttribute("name") || el.textContent?.trim()}`;
        return { name, bottom: el.getBoundingClientRect().bottom, inBar: !!el.closest(".action-bar"), done: again || el === document.body };
      });
      if (focus.done) break;
      stops++;
      if (focus.inBar) barStops++;
      else expect(focus.bottom, focus.name).toBeLessThanOrEqual(barTop);
    }
    console.log(`${stops} tab stops, none under the action bar`);
    expect(stops).toBeGreaterThan(30);
    expect(barStops).toBe(3); // the whole page, bar included, was tabbed through
    await page.evaluate(() => scrollTo(0, document.documentElement.scrollHeight));
    const lastBottom = await page.locator(".site-footer > :last-child").evaluate((el) => el.getBoundingClientRect().bottom);
    expect(lastBottom).toBeLessThanOrEqual(barTop);
    await page.context().close();
  });
  it("opens the TOC with a tap, without JavaScript", async () => {
    const page = await open(390, 844, false);
    await page.click(".toc summary");
    expect(await page.locator(".toc ol a").first().isVisible()).toBe(true);
    await page.context().close();
  });
});

describe("on a 1280×800 desktop", () => {
  it("has a one-row header and the first paragraph on the first screen", async () => {
    const page = await open(1280, 800);
    expect(await top(page, ".article-body > p")).toBeLessThan(800);
    const tops = await page.locator(".site-header > :is(a, nav, ul)").evaluateAll((els) => els.map((el) => Math.round(el.getBoundingClientRect().top)));
    expect(new Set(tops.map((t) => Math.round(t / 20))).size, String(tops)).toBe(1);
    expect((await page.locator(".site-header").boundingBox())!.height).toBeLessThanOrEqual(80);
    await page.context().close();
  });
  it("keeps the open TOC beside the article and in view in the middle of the article, marking the section being read", async () => {
    const page = await open(1280, 800);
    await page.evaluate(() => {
      const body = document.querySelector(".article-body")!.getBoundingClientRect();
      scrollTo(0, body.top + scrollY + body.height / 2);
    });
    await page.waitForFunction(() => document.querySelector(".toc [aria-current]"));
    const toc = (await page.locator(".toc").boundingBox())!;
    const body = (await page.locator(".article-body").boundingBox())!;
    console.log(`TOC at x ${Math.round(toc.x)}, y ${Math.round(toc.y)} (${Math.round(toc.height)} px tall) in the middle of the article`);
    expect(await page.locator(".toc details").evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(toc.x).toBeGreaterThanOrEqual(body.x + body.width);
    expect(toc.y).toBeGreaterThanOrEqual(0);
    expect(toc.y + toc.height).toBeLessThanOrEqual(800);
    const current = await page.locator(".toc [aria-current]").getAttribute("href");
    const heading = await page.locator(current!).evaluate((h) => h.getBoundingClientRect().top);
    expect(heading).toBeLessThanOrEqual(800 / 3);
    await page.context().close();
  });
});
