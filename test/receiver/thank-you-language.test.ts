import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type FormsContext, loadFormsContext } from "../../src/forms/load.ts";
import { startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

let bilingual: FormsContext;
let receiver: TestReceiver;

beforeAll(async () => {
  bilingual = await loadFormsContext("test/fixtures/bilingual-site/content/_data");
  receiver = await startTestReceiver({ receiver: { load: () => bilingual } });
});
afterAll(() => receiver.close());

const contact = { name: "Ana López", contactMethod: "email", email: "ana@example.org", message: "¿Atienden los sábados?" };

/** A plain (no-JS) post of the contact form from a page in `lang`; resolves with the status and Location. */
async function postFrom(lang: string | undefined, base = receiver.url) {
  const body = new URLSearchParams({ ...contact, ...(lang && { _lang: lang }) });
  const answer = await fetch(`${base}/api/forms/contact`, { method: "POST", body, redirect: "manual" });
  return [answer.status, answer.headers.get("location")];
}

describe("a plain post's thank-you page", () => {
  it("reads the site's languages, the default first", () => {
    expect(bilingual.languages).toEqual(["en-US", "es-US"]);
  });
  it("is the Spanish one for a post from a Spanish page, the default one for an English page or none", async () => {
    expect(await postFrom("es-US")).toEqual([303, "/es/thank-you/contact/"]);
    expect(await postFrom("es-us")).toEqual([303, "/es/thank-you/contact/"]);
    expect(await postFrom("en-US")).toEqual([303, "/thank-you/contact/"]);
    expect(await postFrom(undefined)).toEqual([303, "/thank-you/contact/"]);
  });
  it("is the default one for a language the site does not have, even one Haven has labels for", async () => {
    expect(await postFrom("es-MX")).toEqual([303, "/thank-you/contact/"]);
  });
  it("is announced to the bundle in the page's language", async () => {
    const answer = await fetch(`${receiver.url}/api/forms/contact`, { method: "POST", body: new URLSearchParams({ ...contact, _lang: "es-US" }), headers: { Accept: "application/json" } });
    expect(await answer.json()).toEqual({ ok: true, message: "Nuestro equipo de admisiones responde en un plazo de un día hábil." });
  });
  it("is the confirmation url the site set in its forms data, whatever the language", async () => {
    const forms = structuredClone(bilingual.forms);
    forms.forms.contact.confirmation.url = "/gracias/";
    const own = await startTestReceiver({ receiver: { load: () => ({ ...bilingual, forms }) } });
    try {
      expect(await postFrom("es-US", own.url)).toEqual([303, "/gracias/"]);
    } finally {
      await own.close();
    }
  });
});
