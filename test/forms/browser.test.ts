import { AxeBuilder } from "@axe-core/playwright";
import { type Browser, type BrowserContext, chromium, type Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from "vitest";
import { CHROME_ARGS, CHROME_PATH } from "../../src/checks/browser.ts";
import { fieldId, formIds } from "../../src/templates/ids.ts";
import { startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

const ARTICLE = "/articles/understanding-ketamine-therapy/";
let receiver: TestReceiver;
let browser: Browser;
let context: BrowserContext;

beforeAll(async () => {
  receiver = await startTestReceiver(inject("exampleSite"));
  browser = await chromium.launch({ executablePath: CHROME_PATH, args: CHROME_ARGS });
});
afterAll(async () => {
  await browser?.close();
  await receiver?.close();
});
afterEach(async () => {
  await context?.close();
});

/** A fresh page on the site, with or without JavaScript, recording the form posts it makes. */
async function open(url: string, javaScriptEnabled = true, setup?: (page: Page) => Promise<void>): Promise<{ page: Page; posts: string[] }> {
  // Reduced motion turns off the theme's smooth scrolling, which would slow every click.
  context = await browser.newContext({ javaScriptEnabled, locale: "en-US", reducedMotion: "reduce" });
  const page = await context.newPage();
  const posts: string[] = [];
  page.on("request", (req) => {
    if (req.method() === "POST") posts.push(req.url());
  });
  await setup?.(page);
  await page.goto(receiver.url + url);
  return { page, posts };
}

const stored = (form: string, name: string) => receiver.store.list({ form }).filter((row) => row.data.name === name);
const focusedId = (page: Page) => page.evaluate(() => document.activeElement?.id);
const valueOf = (page: Page, id: string) => page.locator(`#${id}`).inputValue();

async function fillContact(page: Page, name: string): Promise<void> {
  await page.fill(`#${fieldId("contact", "name")}`, name);
  await page.fill(`#${fieldId("contact", "email")}`, "ann@example.org");
  await page.check(`#${fieldId("contact", "contactMethod")}`);
  await page.fill(`#${fieldId("contact", "message")}`, "Do you take walk-ins?");
}

async function fillInsurance(page: Page, name: string): Promise<void> {
  await page.fill("#_verify-insurance-name", name);
  await page.fill("#_verify-insurance-dateOfBirth", "28");
  await page.fill("#_verify-insurance-dateOfBirth-month", "4");
  await page.fill("#_verify-insurance-dateOfBirth-year", "1980");
  await page.fill("#_verify-insurance-phone", "714 555 0199");
  await page.fill("#_verify-insurance-email", "ann@example.org");
  await page.selectOption("#_verify-insurance-insurer", "cigna");
  await page.fill("#_verify-insurance-memberId", "W123456789");
  await page.check("#_verify-insurance-consent");
}

describe("without JavaScript", () => {
  it("stores a contact message and lands on the thank-you page", async () => {
    const { page } = await open("/contact/", false);
    await fillContact(page, "NoJS Contact");
    await Promise.all([page.waitForURL("**/thank-you/contact/"), page.click(`#${formIds("contact").form} [type=submit]`)]);
    expect(await page.locator("h1").textContent()).toBe("Thank you, your message is on its way");
    expect(stored("contact", "NoJS Contact").map((r) => r.data.contactMethod)).toEqual(["email"]);
  });
  it("stores an insurance verification", async () => {
    const { page } = await open("/verify-insurance/", false);
    await fillInsurance(page, "NoJS Insurance");
    await Promise.all([page.waitForURL("**/thank-you/verify-insurance/"), page.click(`#${formIds("verify-insurance").form} [type=submit]`)]);
    expect(stored("verify-insurance", "NoJS Insurance").map((r) => r.data)).toEqual([
      { name: "NoJS Insurance", dateOfBirth: "1980-04-28", phone: "714 555 0199", email: "ann@example.org", insurer: "cigna", memberId: "W123456789", groupNumber: "", consent: "yes" },
    ]);
  });
  it("stores a book sign-up from the article's book block", async () => {
    const { page } = await open(ARTICLE, false);
    await page.fill(`#${fieldId("book", "name")}`, "NoJS Book");
    await page.fill(`#${fieldId("book", "email")}`, "ann@example.org");
    await Promise.all([page.waitForURL("**/thank-you/book/"), page.click(`#${formIds("book").form} [type=submit]`)]);
    expect(stored("book", "NoJS Book")).toHaveLength(1);
  });
  it("gets the form back after an error, typed values intact, focus on the list of problems", async () => {
    const { page } = await open("/verify-insurance/", false);
    await fillInsurance(page, "NoJS Mistake");
    await page.fill(`#${fieldId("verify-insurance", "memberId")}`, "");
    await page.click(`#${formIds("verify-insurance").form} [type=submit]`);
    await page.waitForSelector(`#${formIds("verify-insurance").errors}:not([hidden])`);
    expect(page.url()).toBe(`${receiver.url}/api/forms/verify-insurance`);
    expect(await focusedId(page)).toBe("_verify-insurance-errors");
    expect(await page.locator("#_verify-insurance-errors a").allTextContents()).toEqual(["Enter the member ID"]);
    expect(await valueOf(page, "_verify-insurance-name")).toBe("NoJS Mistake");
    expect(await valueOf(page, "_verify-insurance-dateOfBirth")).toBe("28");
    expect(await valueOf(page, "_verify-insurance-dateOfBirth-year")).toBe("1980");
    expect(await valueOf(page, "_verify-insurance-insurer")).toBe("cigna");
    expect(await page.isChecked("#_verify-insurance-consent")).toBe(true);
    await page.fill("#_verify-insurance-memberId", "W1");
    await Promise.all([page.waitForURL("**/thank-you/verify-insurance/"), page.click("#_verify-insurance-form [type=submit]")]);
    expect(stored("verify-insurance", "NoJS Mistake")).toHaveLength(1);
  });
});

describe("with JavaScript", () => {
  it("shows an empty form's problems in a focused summary whose links move focus to the fields", async () => {
    const { page, posts } = await open("/verify-insurance/");
    await page.setViewportSize({ width: 390, height: 600 });
    await page.click(`#${formIds("verify-insurance").form} [type=submit]`);
    expect(await focusedId(page)).toBe(formIds("verify-insurance").errors);
    const links = page.locator(`#${formIds("verify-insurance").errors} a`);
    const targets = (await links.evaluateAll((as) => as.map((a) => (a as HTMLAnchorElement).hash.slice(1))));
    expect(targets).toEqual(["name", "dateOfBirth", "phone", "email", "insurer", "memberId", "consent"].map((n) => fieldId("verify-insurance", n)));
    for (const [i, target] of targets.entries()) {
      await links.nth(i).click();
      expect(await focusedId(page)).toBe(target);
      // The field's label or legend comes into view with it, not only the control.
      const labelTop = await page.evaluate((id) => document.getElementById(id)!.closest(".field")!.firstElementChild!.getBoundingClientRect().top, target);
      expect(labelTop, target).toBeGreaterThanOrEqual(0);
      expect(await page.getAttribute(`#${target}`, "aria-invalid")).toBe("true");
      // A date is described on its fieldset, as a radio group is; any other field on the control.
      const described = target.endsWith("dateOfBirth") ? "[data-field=dateOfBirth]" : `#${target}`;
      expect(await page.getAttribute(described, "aria-describedby"), target).toContain(`${target}-error`);
    }
    expect(await page.locator(`#${fieldId("verify-insurance", "memberId")}-error`).textContent()).toBe("Error: Enter the member ID");
    expect(await page.title()).toMatch(/^Error: /);
    expect(posts).toEqual([]);
  });
  it("stores a valid submission once after a double click and shows the focused confirmation", async () => {
    const { page, posts } = await open("/contact/");
    await fillContact(page, "Double Click");
    await page.dblclick(`#${formIds("contact").form} [type=submit]`);
    await page.waitForSelector(`#${formIds("contact").done}:not([hidden])`);
    expect(await focusedId(page)).toBe(formIds("contact").done);
    expect(await page.locator(`#${formIds("contact").form}`).count()).toBe(0);
    expect(posts).toEqual([`${receiver.url}/api/forms/contact`]);
    expect(stored("contact", "Double Click")).toHaveLength(1);
    expect(page.url()).toBe(`${receiver.url}/contact/`);
  });
  it("keeps every value when the receiver answers 500, says so, and succeeds on retry", async () => {
    const { page } = await open(ARTICLE);
    await page.fill(`#${fieldId("book", "name")}`, "Server Down");
    await page.fill(`#${fieldId("book", "email")}`, "ann@example.org");
    receiver.failSaves = 1;
    await page.click(`#${formIds("book").form} [type=submit]`);
    await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent?.includes(text), [`#${formIds("book").form} .form-status`, "went wrong on our side"] as const);
    expect([await valueOf(page, fieldId("book", "name")), await valueOf(page, fieldId("book", "email"))]).toEqual(["Server Down", "ann@example.org"]);
    expect(stored("book", "Server Down")).toHaveLength(0);
    await page.click(`#${formIds("book").form} [type=submit]`);
    await page.waitForSelector(`#${formIds("book").done}:not([hidden])`);
    expect(stored("book", "Server Down")).toHaveLength(1);
  });
  it("keeps every value offline, says so in the live region, and succeeds on retry once back online", async () => {
    const { page } = await open("/contact/");
    await fillContact(page, "Went Offline");
    await context.setOffline(true);
    await page.click(`#${formIds("contact").form} [type=submit]`);
    await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent?.includes(text), [`#${formIds("contact").form} [role=status]`, "connection failed"] as const);
    expect(await valueOf(page, fieldId("contact", "message"))).toBe("Do you take walk-ins?");
    expect(await page.isChecked(`#${fieldId("contact", "contactMethod")}`)).toBe(true);
    await context.setOffline(false);
    await page.click(`#${formIds("contact").form} [type=submit]`);
    await page.waitForSelector(`#${formIds("contact").done}:not([hidden])`);
    expect(stored("contact", "Went Offline")).toHaveLength(1);
  });
  it("gives up after the data's timeout, keeping every value, and a retry succeeds", async () => {
    let attempts = 0;
    const { page } = await open(ARTICLE, true, async (page) => {
      // The page as built, with a half-second timeout in its rules; the first post never gets an answer.
      await page.route(`**${ARTICLE}`, async (route) => {
        const response = await route.fetch();
        const body = (await response.text()).replace("&quot;timeoutMs&quot;:15000", "&quot;timeoutMs&quot;:500");
        await route.fulfill({ response, body });
      });
      await page.route("**/api/forms/book", (route) => (attempts++ ? route.continue() : undefined));
    });
    await page.fill(`#${fieldId("book", "name")}`, "Slow Network");
    await page.fill(`#${fieldId("book", "email")}`, "ann@example.org");
    await page.click(`#${formIds("book").form} [type=submit]`);
    await page.waitForFunction(([selector, text]) => document.querySelector(selector)?.textContent?.includes(text), [`#${formIds("book").form} .form-status`, "took too long"] as const);
    expect(await valueOf(page, fieldId("book", "name"))).toBe("Slow Network");
    await page.click(`#${formIds("book").form} [type=submit]`);
    await page.waitForSelector(`#${formIds("book").done}:not([hidden])`);
    expect([attempts, stored("book", "Slow Network").length]).toEqual([2, 1]);
  });
  it("has no axe violations with errors shown, light and dark", async () => {
    for (const colorScheme of ["light", "dark"] as const) {
      const { page } = await open("/contact/");
      await page.emulateMedia({ colorScheme });
      await page.fill(`#${fieldId("contact", "email")}`, "not-an-address");
      await page.click(`#${formIds("contact").form} [type=submit]`);
      await page.waitForSelector(`#${formIds("contact").errors}:not([hidden])`);
      const { violations } = await new AxeBuilder({ page }).withTags(["wcag2a", "wcag2aa", "wcag21aa", "wcag22aa"]).analyze();
      expect(violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`), colorScheme).toEqual([]);
      await context.close();
    }
  });
  it("preselects the insurer named in ?insurer=, in any case, and says so when it names none of the list", async () => {
    for (const param of ["anthem", "ANTHEM", "Anthem"]) {
      const { page } = await open(`/verify-insurance/?insurer=${param}`);
      expect(await valueOf(page, "_verify-insurance-insurer"), param).toBe("anthem");
      expect(await page.isVisible("#_verify-insurance-insurer-unknown")).toBe(false);
      await context.close();
    }
    const { page } = await open("/verify-insurance/?insurer=acme-health");
    expect(await valueOf(page, "_verify-insurance-insurer")).toBe("");
    expect(await page.isVisible("#_verify-insurance-insurer-unknown")).toBe(true);
    expect(await page.getAttribute("#_verify-insurance-insurer", "aria-describedby")).toContain("_verify-insurance-insurer-unknown");
  });
  it("marks all three parts of a date that is not real, and stores a real one joined", async () => {
    const { page } = await open("/verify-insurance/");
    await fillInsurance(page, "Date Parts");
    await page.fill("#_verify-insurance-dateOfBirth", "31");
    await page.fill("#_verify-insurance-dateOfBirth-month", "2");
    await page.click("#_verify-insurance-form [type=submit]");
    expect(await page.locator("#_verify-insurance-errors a").allTextContents()).toEqual(["Enter a real date of birth, not in the future"]);
    expect(await page.locator("[data-field=dateOfBirth] [aria-invalid=true]").count()).toBe(3);
    expect(await page.getAttribute("[data-field=dateOfBirth]", "aria-describedby")).toContain("_verify-insurance-dateOfBirth-error");
    await page.fill("#_verify-insurance-dateOfBirth", "28");
    await page.fill("#_verify-insurance-dateOfBirth-month", "04");
    await page.click("#_verify-insurance-form [type=submit]");
    await page.waitForSelector("#_verify-insurance-done:not([hidden])");
    expect(stored("verify-insurance", "Date Parts").map((r) => r.data.dateOfBirth)).toEqual(["1980-04-28"]);
  });
  it("can be completed with the keyboard alone: Tab, typing, Space and Enter", async () => {
    const { page } = await open("/verify-insurance/");
    const order: (string | undefined)[] = [];
    for (let i = 0; i < 40 && (await focusedId(page)) !== fieldId("verify-insurance", "name"); i++) await page.keyboard.press("Tab");
    const steps: [string, () => Promise<void>][] = [
      ["_verify-insurance-name", () => page.keyboard.type("Keyboard Only")],
      ["_verify-insurance-dateOfBirth", () => page.keyboard.type("28")],
      ["_verify-insurance-dateOfBirth-month", () => page.keyboard.type("04")],
      ["_verify-insurance-dateOfBirth-year", () => page.keyboard.type("1980")],
      ["_verify-insurance-phone", () => page.keyboard.type("714 555 0199")],
      ["_verify-insurance-email", () => page.keyboard.type("kb@example.org")],
      ["_verify-insurance-insurer", () => page.keyboard.type("Aetna")], // a closed select's type-ahead
      ["_verify-insurance-memberId", () => page.keyboard.type("KB-42")],
      ["_verify-insurance-groupNumber", async () => {}],
      ["_verify-insurance-consent", () => page.keyboard.press("Space")],
    ];
    for (const [, act] of steps) {
      const id = await focusedId(page);
      order.push(id);
      await act();
      await page.keyboard.press("Tab");
    }
    expect(order).toEqual(steps.map(([id]) => id));
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe("Verify my insurance");
    await page.keyboard.press("Enter");
    await page.waitForSelector(`#${formIds("verify-insurance").done}:not([hidden])`);
    expect(await focusedId(page)).toBe(formIds("verify-insurance").done);
    expect(stored("verify-insurance", "Keyboard Only").map((r) => r.data)).toEqual([
      { name: "Keyboard Only", dateOfBirth: "1980-04-28", phone: "714 555 0199", email: "kb@example.org", insurer: "aetna", memberId: "KB-42", groupNumber: "", consent: "yes" },
    ]);
  });
});
