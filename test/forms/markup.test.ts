import type { HTMLElement } from "node-html-parser";
import { describe, expect, inject, it } from "vitest";
import { readPage } from "../helpers/build-site.ts";
import { renderPartial } from "../helpers/render.ts";
import { fieldId, formIds } from "../../src/templates/ids.ts";

const output = inject("exampleSite");
const FORM_PAGES = { "/contact/": "contact", "/verify-insurance/": "verify-insurance", "/articles/understanding-ketamine-therapy/": "book" };

/** The accessible-name source of a control: its `<label for>` text. */
const labelOf = (doc: HTMLElement, id: string) => doc.querySelector(`label[for="${id}"]`)?.text.trim();

describe("the built forms", () => {
  it("post natively to the receiver's action, with every visible control labelled and no positive tabindex", async () => {
    for (const [url, id] of Object.entries(FORM_PAGES)) {
      const doc = await readPage(output, url);
      const form = doc.querySelector(`form#${formIds(id).form}`)!;
      expect(form.attributes, url).toMatchObject({ method: "post", action: `/api/forms/${id}` });
      expect(form.querySelector('input[name="_page"]')?.getAttribute("value"), url).toBe(url);
      for (const control of form.querySelectorAll("input:not([type=hidden]), select, textarea")) {
        expect(labelOf(doc, control.id), `${url} #${control.id}`).toBeTruthy();
      }
      for (const el of doc.querySelectorAll("[tabindex]")) expect(Number(el.getAttribute("tabindex")), url).toBeLessThanOrEqual(0);
    }
  });
  it("use the right types and autocomplete tokens, and mark required fields in text", async () => {
    const doc = await readPage(output, "/verify-insurance/");
    const attrs = (name: string) => doc.querySelector(`#${formIds("verify-insurance").form} [name="${name}"]`)!.attributes;
    expect(attrs("name")).toMatchObject({ type: "text", autocomplete: "name", required: "" });
    for (const [part, token, max] of [["Day", "bday-day", "2"], ["Month", "bday-month", "2"], ["Year", "bday-year", "4"]]) {
      expect(attrs(`dateOfBirth${part}`), part).toMatchObject({ type: "text", inputmode: "numeric", autocomplete: token, maxlength: max });
    }
    expect(["", "-month", "-year"].map((s) => labelOf(doc, `_verify-insurance-dateOfBirth${s}`))).toEqual(["Day", "Month", "Year"]);
    expect(doc.querySelector('fieldset[data-field="dateOfBirth"] legend')!.text).toBe("Date of birth (required)");
    expect(attrs("phone")).toMatchObject({ type: "tel", autocomplete: "tel" });
    expect(attrs("email")).toMatchObject({ type: "email", autocomplete: "email" });
    expect(attrs("memberId")).toMatchObject({ autocomplete: "off", spellcheck: "false" });
    expect(labelOf(doc, fieldId("verify-insurance", "name"))).toBe("Full name (required)");
    expect(labelOf(doc, fieldId("verify-insurance", "groupNumber"))).toBe("Group number");
  });
  it("fill the insurer select from the insurers data, ids from the schema's slugs", async () => {
    const doc = await readPage(output, "/verify-insurance/");
    const options = doc.querySelectorAll(`#${fieldId("verify-insurance", "insurer")} option`).map((o) => o.getAttribute("value"));
    expect(options).toEqual(["", "harborline-health", "sierra-mutual", "cigna", "bluecross-blueshield", "magellan-health", "aetna", "anthem", "beacon-health-options", "other"]);
  });
  it("group radios and the consent box in fieldsets with legends, hints tied with aria-describedby", async () => {
    const contact = await readPage(output, "/contact/");
    const method = contact.querySelector('fieldset[data-field="contactMethod"]')!;
    expect(method.querySelector("legend")?.text.trim()).toBe("How should we contact you? (required)");
    expect(method.querySelectorAll("input[type=radio]")).toHaveLength(3);
    const insurance = await readPage(output, "/verify-insurance/");
    const consent = insurance.querySelector('fieldset[data-field="consent"]')!;
    expect(consent.querySelector("legend")?.text.trim()).toBe("Consent (required)");
    expect(consent.querySelector(`#${fieldId("verify-insurance", "consent")}-hint`)?.text).toContain("Cedar Hollow Recovery uses these details only");
    expect(insurance.querySelector(`#${fieldId("verify-insurance", "consent")}`)?.getAttribute("aria-describedby")).toBe(`${fieldId("verify-insurance", "consent")}-hint`);
    expect(insurance.querySelector(`#${fieldId("verify-insurance", "memberId")}`)?.getAttribute("aria-describedby")).toBe(`${fieldId("verify-insurance", "memberId")}-hint`);
  });
  it("hide the honeypot from people and assistive technology, out of the tab order and autofill", async () => {
    const doc = await readPage(output, "/contact/");
    const wrapper = doc.querySelector(".honeypot")!;
    expect(wrapper.attributes).toMatchObject({ hidden: "", "aria-hidden": "true" });
    expect(wrapper.querySelector("input")?.attributes).toMatchObject({ name: "_gotcha", tabindex: "-1", autocomplete: "off" });
  });
  it("carry the rules the bundle checks as data, with a live region and a hidden confirmation", async () => {
    const doc = await readPage(output, "/contact/");
    const rules = JSON.parse(doc.querySelector(`#${formIds("contact").form}`)!.getAttribute("data-haven-form")!);
    // The theme site adds `pronouns` after `name` (test/forms/merge-once.test.ts).
    expect(rules.fields.map((f: { name: string }) => f.name)).toEqual(["name", "pronouns", "contactMethod", "email", "phone", "message"]);
    expect(doc.querySelector(`#${formIds("contact").form} [role=status]`)).not.toBeNull();
    expect(doc.querySelector(`#${formIds("contact").done}`)?.attributes).toMatchObject({ hidden: "", tabindex: "-1" });
  });
  it("each have a thank-you page with that form's own copy, out of search engines, never leading back to the form sent", async () => {
    for (const [form, heading, sent] of [
      ["contact", "Thank you, your message is on its way", "/contact/"],
      ["verify-insurance", "Thank you, we are checking your coverage", "/verify-insurance/"],
      ["book", "Thank you, your book is on its way", "/contact/"],
    ]) {
      const doc = await readPage(output, `/thank-you/${form}/`);
      expect(doc.querySelector("h1")?.text).toBe(heading);
      expect(doc.querySelector('meta[name="robots"]')?.getAttribute("content")).toContain("noindex");
      expect(doc.querySelectorAll("main a").map((a) => a.getAttribute("href"))).not.toContain(sent);
    }
  });
});

describe("the book form partial", () => {
  it("renders on its own, for any block to include, with h3 headings under the block's h2", () => {
    const html = renderPartial("forms/book.njk");
    expect(html.querySelector(`form#${formIds("book").form}`)?.getAttribute("action")).toBe("/api/forms/book");
    expect(html.querySelectorAll("h3").map((h) => h.text)).toEqual(["There is a problem", "Thank you, your book is on its way"]);
  });
  it("is what the book-offer block shows", () => {
    expect(renderPartial("book-offer.njk").querySelector(`.callout-book form#${formIds("book").form}`)).not.toBeNull();
  });
});
