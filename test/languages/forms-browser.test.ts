import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../../src/checks/browser.ts";
import { loadFormsContext } from "../../src/forms/load.ts";
import { fieldId, formIds } from "../../src/templates/ids.ts";
import { buildSite } from "../helpers/build-site.ts";
import { postJson, startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

const CONTACT = "/es/contacto/";
let receiver: TestReceiver;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  const site = await buildSite("test/fixtures/bilingual-site/eleventy.config.ts");
  if (site.code !== 0) throw new Error(site.stderr);
  const forms = await loadFormsContext("test/fixtures/bilingual-site/content/_data");
  receiver = await startTestReceiver({ siteDir: site.output, receiver: { load: () => forms } });
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
}, 120_000);
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});
afterEach(async () => {
  await context?.close();
});

async function open(url: string, javaScriptEnabled: boolean): Promise<Page> {
  context = await browser.newContext({ javaScriptEnabled, locale: "es-US", reducedMotion: "reduce" });
  const page = await context.newPage();
  await page.goto(receiver.url + url);
  return page;
}

const summary = (page: Page) => page.locator(".error-summary").innerText();

describe("the Spanish contact form", () => {
  it("without JavaScript: the receiver's page lists the errors in Spanish, keeps what was typed, in a Spanish page", async () => {
    const page = await open(CONTACT, false);
    await page.fill(`#${fieldId("contact", "name")}`, "Ana López");
    await page.check(`#${fieldId("contact", "contactMethod")}-2`); // a call: the phone number is then required
    await Promise.all([page.waitForURL(/\/api\/forms\/contact\?lang=es-US$/), page.click("button[type=submit]")]);
    expect(await page.locator("html").getAttribute("lang")).toBe("es-US");
    expect(await page.title()).toMatch(/^Error: Contáctenos/);
    const text = await summary(page);
    expect(text).toContain("Hay un problema");
    expect(text).toContain("Escriba su número de teléfono");
    expect(text).toContain("Escriba su mensaje");
    expect(await page.locator(`#${fieldId("contact", "phone")}-error`).innerText()).toContain("Escriba su número de teléfono");
    expect(await page.locator(`#${fieldId("contact", "name")}`).inputValue()).toBe("Ana López");
    expect(await page.locator(`#${formIds("contact").form}`).getAttribute("action")).toBe("/api/forms/contact?lang=es-US");
  });
  it("with JavaScript: the bundle shows the errors in Spanish, then the receiver stores the message with its language", async () => {
    const page = await open(CONTACT, true);
    await page.waitForSelector("form[data-enhanced]");
    await page.fill(`#${fieldId("contact", "name")}`, "Ana López");
    await page.click("button[type=submit]");
    await expect.poll(() => summary(page)).toContain("Elija cómo prefiere que nos comuniquemos con usted");
    expect(await page.evaluate(() => document.activeElement?.id)).toBe(formIds("contact").errors);
    await page.check(`#${fieldId("contact", "contactMethod")}`);
    await page.fill(`#${fieldId("contact", "email")}`, "ana@example.org");
    await page.fill(`#${fieldId("contact", "message")}`, "¿Atienden los sábados?");
    await page.click("button[type=submit]");
    await expect.poll(() => page.locator(`#${formIds("contact").done}`).isVisible()).toBe(true);
    expect(await page.locator(`#${formIds("contact").done}`).innerText()).toContain("Gracias, su mensaje está en camino");
    const [row] = receiver.store.list({ form: "contact" }).filter((r) => r.data.name === "Ana López");
    expect(row.lang).toBe("es-US");
    expect(row.data).not.toHaveProperty("_lang");
  });
});

describe("the receiver's JSON answers", () => {
  it("give the field errors in the posted page's language, and in the forms' own for an unknown one", async () => {
    const post = (lang: string) => postJson(`${receiver.url}/api/forms/book`, { _lang: lang, name: "", email: "x" });
    const messages = async (lang: string) => ((await post(lang)).body as unknown as { errors: { message: string }[] }).errors.map((e) => e.message);
    expect(await messages("es-US")).toEqual(["Escriba su nombre", "Escriba un correo electrónico como nombre@ejemplo.com"]);
    expect(await messages("xx-<b>")).toEqual(["Enter your name", "Enter an e-mail address like name@example.com"]);
  });
});
