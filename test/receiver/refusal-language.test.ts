import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parse } from "node-html-parser";
import { type FormsContext, loadFormsContext } from "../../src/forms/load.ts";
import { refusalText } from "../../src/receiver/refusals.ts";
import { ENGLISH } from "../../src/templates/labels.ts";
import { SPANISH } from "../../src/templates/labels-es.ts";
import { startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

let bilingual: FormsContext;
let receiver: TestReceiver;
const JSON_ACCEPT = { Accept: "application/json" };

beforeAll(async () => {
  bilingual = await loadFormsContext("test/fixtures/bilingual-site/content/_data");
  receiver = await startTestReceiver({ receiver: { load: () => bilingual, maxBytes: 2048 } });
});
afterAll(() => receiver.close());

/** The refusal's JSON, or its HTML page's language, title and sentence. */
async function json(path: string, init: RequestInit = {}) {
  const answer = await fetch(receiver.url + path, { method: "POST", ...init, headers: { ...JSON_ACCEPT, ...init.headers } });
  return { status: answer.status, ...((await answer.json()) as { error: string; message: string }) };
}
async function html(path: string, init: RequestInit = {}) {
  const answer = await fetch(receiver.url + path, { method: "POST", ...init });
  const doc = parse(await answer.text());
  return { status: answer.status, lang: doc.querySelector("html")!.getAttribute("lang"), title: doc.querySelector("title")!.text, text: doc.querySelector("main p")!.text };
}
const form = (fields: Record<string, string>) => ({ body: new URLSearchParams(fields) });

describe("a refusal before the body is read", () => {
  it("is in the language the form action names, the error code staying English", async () => {
    const big = form({ message: "á".repeat(3000) });
    expect(await json("/api/forms/contact?lang=es-US", big)).toEqual({ status: 413, ok: false, error: "payload_too_large", message: refusalText("payload_too_large", SPANISH, { bytes: 2048 }) });
    expect(await html("/api/forms/contact?lang=es-US", big)).toEqual({ status: 413, lang: "es-US", title: SPANISH.receiverNotSent, text: SPANISH.receiverTooLarge.replace("{bytes}", "2048") });
    expect((await json("/api/forms/contact?lang=es-US", { method: "GET" })).message).toBe(SPANISH.receiverMethodNotAllowed);
    expect((await json("/api/forms/recetas?lang=es-US")).message).toBe("Ese formulario no existe. Los formularios son: contact, verify-insurance, book.");
    expect((await json("/api/forms/contact?lang=es-US", { body: "x", headers: { "Content-Type": "text/plain" } })).message).toBe(SPANISH.receiverUnsupportedType);
  });
  it("is in the site's default language when the action names none, or one Haven has no labels for", async () => {
    const big = form({ message: "a".repeat(3000) });
    expect(await html("/api/forms/contact", big)).toMatchObject({ lang: "en-US", title: ENGLISH.receiverNotSent });
    expect(await html("/api/forms/contact?lang=%3Cscript%3E", big)).toMatchObject({ lang: "en-US", text: ENGLISH.receiverTooLarge.replace("{bytes}", "2048") });
    expect((await json("/api/forms/contact?lang=fr-FR", big)).message).toBe(ENGLISH.receiverTooLarge.replace("{bytes}", "2048"));
  });
  it("of a Spanish-only site is in Spanish without being told", async () => {
    const spanishOnly = await startTestReceiver({ receiver: { load: () => ({ ...bilingual, languages: ["es-US"] }) } });
    try {
      const answer = await fetch(`${spanishOnly.url}/api/forms/contact`, { method: "GET", headers: JSON_ACCEPT });
      expect(((await answer.json()) as { message: string }).message).toBe(SPANISH.receiverMethodNotAllowed);
    } finally {
      await spanishOnly.close();
    }
  });
});

describe("a failure after the body is read", () => {
  it("is in the posted page's language, nothing stored", async () => {
    receiver.failSaves = 1;
    const fields = { name: "Ana López", contactMethod: "email", email: "ana@example.org", message: "Hola", _lang: "es-US" };
    expect(await html("/api/forms/contact", form(fields))).toEqual({ status: 500, lang: "es-US", title: SPANISH.receiverNotSent, text: SPANISH.receiverServerError });
    expect(receiver.store.list({ form: "contact" })).toHaveLength(0);
  });
});

describe("the form action", () => {
  it("names the page's language only on a page in another language than the default", async () => {
    const { createFormFilter } = await import("../../src/forms/resolve.ts");
    const filter = createFormFilter(() => false);
    const languages = ["en-US", "es-US"];
    expect(filter(undefined, "contact", [], "es-US", "", languages).action).toBe("/api/forms/contact?lang=es-US");
    expect(filter(undefined, "contact", [], "en-US", "", languages).action).toBe("/api/forms/contact");
    expect(filter(undefined, "contact", [], "es-US", "", ["es-US"]).action).toBe("/api/forms/contact");
  });
});
