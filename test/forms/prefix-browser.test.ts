import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { type Browser, chromium, type Page } from "playwright-core";
import { afterAll, beforeAll, expect, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../../src/checks/browser.ts";
import { loadFormsContext } from "../../src/forms/load.ts";
import { createReceiver } from "../../src/receiver/handler.ts";
import { THEME_INCLUDES } from "../../src/receiver/middleware.ts";
import { type Preview, startPreview } from "../../src/receiver/preview.ts";
import { openStore, type SubmissionStore } from "../../src/receiver/store.ts";
import { buildSite } from "../helpers/build-site.ts";
import { fieldId, formIds } from "../../src/templates/ids.ts";

// The site of test/fixtures/prefix-site, built with pathPrefix /clinic/ and previewed under /clinic/, receiver included.
const PREFIX = "/clinic/";
let preview: Preview;
let store: SubmissionStore;
let browser: Browser;

beforeAll(async () => {
  const site = await buildSite("test/fixtures/prefix-site/eleventy.config.ts");
  if (site.code !== 0) throw new Error(site.stderr);
  store = openStore({ file: path.join(await mkdtemp(path.join(tmpdir(), "haven-db-")), "submissions.sqlite") });
  const context = await loadFormsContext("test/fixtures/prefix-site/content/_data");
  const receiver = createReceiver({ load: () => context, store, siteDir: site.output, templates: [THEME_INCLUDES], pathPrefix: PREFIX });
  preview = await startPreview(site.output, receiver, { pathPrefix: PREFIX });
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await preview?.close();
  store?.close();
});

async function open(url: string, javaScriptEnabled: boolean): Promise<{ page: Page; posts: string[] }> {
  const context = await browser.newContext({ javaScriptEnabled, reducedMotion: "reduce" });
  const page = await context.newPage();
  const posts: string[] = [];
  page.on("request", (req) => void (req.method() === "POST" && posts.push(new URL(req.url()).pathname)));
  const answer = await page.goto(preview.url + url);
  expect(answer?.status(), url).toBe(200);
  return { page, posts };
}

async function fillContact(page: Page, name: string, phone: string): Promise<void> {
  await page.fill(`#${fieldId("contact", "name")}`, name);
  await page.check('input[name="contactMethod"][value="phone"]');
  await page.fill(`#${fieldId("contact", "phone")}`, phone);
  await page.fill(`#${fieldId("contact", "message")}`, "Do you take walk-ins?");
}

const stored = (name: string) => store.list({ form: "contact" }).filter((row) => row.data.name === name);

it("serves the site only under the prefix", async () => {
  expect((await fetch(`${preview.url}/contact/`)).status).toBe(404);
  expect((await fetch(`${preview.url}${PREFIX}contact/`)).status).toBe(200);
});

it("posts a form under the prefix with JavaScript, an extension in the phone number stored normalized", async () => {
  const { page, posts } = await open(`${PREFIX}contact/`, true);
  await fillContact(page, "Prefix Script", "(714) 555-0123 x12");
  await page.click(`#${formIds("contact").form} [type=submit]`);
  await page.waitForSelector(`#${formIds("contact").done}:not([hidden])`);
  expect(posts).toEqual(["/clinic/api/forms/contact"]);
  expect(stored("Prefix Script").map((row) => row.data.phone)).toEqual(["(714) 555-0123 ext. 12"]);
  await page.context().close();
});

it("posts a form under the prefix without JavaScript and lands on the thank-you page under it", async () => {
  const { page } = await open(`${PREFIX}contact/`, false);
  await fillContact(page, "Prefix Plain", "714-555-0123 ext. 9");
  await Promise.all([page.waitForURL(`**${PREFIX}thank-you/**`), page.click(`#${formIds("contact").form} [type=submit]`)]);
  expect(new URL(page.url()).pathname.startsWith(`${PREFIX}thank-you/`)).toBe(true);
  expect(await page.locator("h1").textContent()).toMatch(/Thank you/);
  expect(stored("Prefix Plain").map((row) => row.data.phone)).toEqual(["714-555-0123 ext. 9"]);
  await page.context().close();
});

it("gives a form with errors back under the prefix, still posting and loading its script there", async () => {
  const { page } = await open(`${PREFIX}contact/`, false);
  await fillContact(page, "Prefix Mistake", "12");
  await page.click(`#${formIds("contact").form} [type=submit]`);
  await page.waitForSelector(`#${formIds("contact").errors}:not([hidden])`);
  expect(new URL(page.url()).pathname).toBe("/clinic/api/forms/contact");
  expect(await page.locator(`#${formIds("contact").form}`).getAttribute("action")).toBe("/clinic/api/forms/contact");
  expect(await page.locator("script[src]").getAttribute("src")).toMatch(/^\/clinic\/assets\//);
  await page.fill(`#${fieldId("contact", "phone")}`, "(714) 555-0123");
  await Promise.all([page.waitForURL(`**${PREFIX}thank-you/**`), page.click(`#${formIds("contact").form} [type=submit]`)]);
  expect(stored("Prefix Mistake")).toHaveLength(1);
  await page.context().close();
});
