import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../../src/checks/browser.ts";
import { type Preview, startPreview } from "../../src/receiver/preview.ts";
import { IDS } from "../../src/templates/ids.ts";

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

/** A fresh page at a width, recording the path of every request it makes. */
async function open(width: number, javaScript = true): Promise<{ page: Page; requests: string[] }> {
  const context = await browser.newContext({ viewport: { width, height: 800 }, javaScriptEnabled: javaScript });
  const page = await context.newPage();
  const requests: string[] = [];
  page.on("request", (request) => requests.push(new URL(request.url()).pathname));
  return { page, requests };
}

async function search(page: Page, words: string): Promise<string> {
  await page.getByLabel("Search our articles").fill(words);
  await expect.poll(() => page.locator(`#${IDS.searchStatus}`).textContent(), { timeout: 15_000 }).toMatch(/found/);
  return (await page.locator(`#${IDS.searchStatus}`).textContent())!;
}

describe("the search page", () => {
  it("finds an article by a word only its FAQ has, listing it first with a marked excerpt", async () => {
    const { page } = await open(1280);
    await page.goto(`${server.url}/search/`);
    expect(await search(page, "barbiturates")).toBe('1 article found for "barbiturates".');
    const first = page.locator(".search-result-list li").first();
    expect(await first.locator("a").getAttribute("href")).toBe("/articles/what-to-expect-in-detox/");
    expect(await first.locator("a").textContent()).toBe("What to Expect in Medical Detox");
    expect(await first.locator("mark").first().textContent()).toMatch(/barbiturates/i);
    await page.context().close();
  });
  it("indexes no footer and no sources: words only they hold find nothing", async () => {
    const { page } = await open(1280);
    await page.goto(`${server.url}/search/`);
    // "Parkway" is in the footer's address, "randomized" in a source title only.
    for (const word of ["Parkway", "randomized"]) {
      await page.getByLabel("Search our articles").fill(word);
      await expect.poll(() => page.locator(`#${IDS.searchStatus}`).textContent(), { timeout: 15_000 }).toBe(`No articles found for "${word}".`);
    }
    await page.context().close();
  });
  it("fetches nothing of search until the visitor searches, and no article page fetches any of it", async () => {
    const { page, requests } = await open(390);
    await page.goto(`${server.url}/articles/understanding-ketamine-therapy/`, { waitUntil: "networkidle" });
    expect(requests.filter((r) => r.includes("pagefind") || r.includes("/search-"))).toEqual([]);
    await page.goto(`${server.url}/search/`, { waitUntil: "networkidle" });
    expect(requests.filter((r) => r.includes("pagefind"))).toEqual([]);
    await search(page, "ketamine");
    expect(requests.some((r) => r.endsWith("/pagefind/pagefind.js"))).toBe(true);
    await page.context().close();
  });
  it("without JavaScript, the GET form's page says search needs JavaScript and links to the article index and topics", async () => {
    const { page } = await open(390, false);
    await page.goto(`${server.url}/search/`);
    await page.getByLabel("Search our articles").fill("detox");
    await page.getByRole("button", { name: "Search" }).click();
    await page.waitForURL(/\/search\/\?q=detox$/);
    expect(await page.locator(".search-no-js").textContent()).toMatch(/Search needs JavaScript/);
    expect(await page.locator(".search-no-js a").evaluateAll((links) => links.map((a) => a.getAttribute("href")))).toEqual(["/articles/", "/topics/"]);
    await page.context().close();
  });
  it("takes a query from the address bar, searches it, and removes it from the URL", async () => {
    const { page } = await open(390);
    await page.goto(`${server.url}/search/?q=ketamine`);
    await expect.poll(() => page.locator(`#${IDS.searchStatus}`).textContent(), { timeout: 15_000 }).toMatch(/found/);
    expect(new URL(page.url()).search).toBe("");
    await page.context().close();
  });
  for (const width of [320, 1280]) {
    it(`has no axe violations at ${width} px, before and after a search`, async () => {
      const { page } = await open(width);
      await page.goto(`${server.url}/search/`);
      const axe = () => new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect((await axe()).violations).toEqual([]);
      await search(page, "ketamine");
      expect((await axe()).violations).toEqual([]);
      await page.context().close();
    });
  }
});
