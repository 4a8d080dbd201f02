import { describe, expect, it } from "vitest";
import { DEFAULT_FORMS } from "../../src/forms/defaults.ts";
import { formsDataSchema, parseForms } from "../../src/forms/data-schema.ts";
import { resolveForm } from "../../src/forms/resolve.ts";
import { fieldId } from "../../src/templates/ids.ts";
import { parseData } from "../../src/validate/parse-data.ts";

const problems = (value: unknown) => {
  const checked = parseData(formsDataSchema, value, "forms.ts");
  return checked.ok ? [] : checked.problems;
};
const names = (value: unknown, id: "contact" | "book" = "contact") => parseForms(value).forms[id].fields.map((f) => f.name);

describe("forms data", () => {
  it("is optional: no file means the theme's forms, unchanged", () => {
    expect(formsDataSchema.parse(undefined)).toEqual(DEFAULT_FORMS);
  });
  it("changes copy of one field without touching its other settings", () => {
    const forms = parseForms({ forms: { book: { submitLabel: "Send it", fields: [{ name: "email", label: "Work e-mail" }] } } });
    expect(forms.forms.book.submitLabel).toBe("Send it");
    expect(forms.forms.book.fields[1]).toMatchObject({ name: "email", label: "Work e-mail", type: "email", required: true, autocomplete: "email" });
    expect(forms.forms.contact).toEqual(DEFAULT_FORMS.forms.contact);
  });
  it("adds a field after a named one, or last", () => {
    const pronouns = { name: "pronouns", label: "Pronouns", type: "text", after: "name" };
    const referral = { name: "referral", label: "How did you hear about us?", type: "text" };
    expect(names({ forms: { contact: { fields: [pronouns, referral] } } })).toEqual(["name", "pronouns", "contactMethod", "email", "phone", "message", "referral"]);
  });
  it("gives an added field the form's rules: the receiver and the bundle check it too", () => {
    const forms = parseForms({ forms: { book: { fields: [{ name: "zip", label: "ZIP code", type: "text", required: true, pattern: "\\d{5}" }] } } });
    const rule = resolveForm(forms, "book", []).rules.fields.find((f) => f.name === "zip");
    expect(rule).toMatchObject({ id: fieldId("book", "zip"), required: true, pattern: "\\d{5}", messages: { required: "Fill in this field" } });
  });
  it("reports typos, bad tokens and broken references by file and path", () => {
    expect(
      problems({
        provder: { type: "netlify" },
        forms: { contact: { fields: [{ name: "email", autocomplete: "emial" }, { name: "x", label: "X", type: "text", after: "nope" }] } },
      }),
    ).toEqual(
      expect.arrayContaining([
        'forms.ts: provder: Unknown field (did you mean "provider"?)',
        "forms.ts: forms.contact.fields[0].autocomplete: Expected an autocomplete token such as name, email, tel or bday",
      ]),
    );
    expect(problems({ forms: { contact: { fields: [{ name: "x", label: "X", type: "text", after: "nope" }] } } })).toEqual([
      'forms.ts: forms.contact.fields[0].after: No field named "nope"',
    ]);
  });
  it("checks the merged forms whole: a new field needs a label and type, a radio its options", () => {
    expect(problems({ forms: { book: { fields: [{ name: "age" }] } } })).toEqual([
      "forms.ts: forms.book.fields[2].label: Required (expected string)",
      expect.stringMatching(/^forms.ts: forms.book.fields\[2\].type: Invalid option/),
    ]);
    expect(problems({ forms: { book: { fields: [{ name: "topic", type: "radio", label: "Topic" }] } } })).toEqual([
      "forms.ts: forms.book.fields[2].options: Expected options",
    ]);
  });
  it("rejects a custom endpoint without a trailing slash and field names that could clash", () => {
    expect(problems({ provider: { type: "custom", endpoint: "/api/forms" } })).toEqual(["forms.ts: provider.endpoint: Expected the endpoint to end with /"]);
    expect(problems({ forms: { book: { fields: [{ name: "_gotcha", label: "X", type: "text" }] } } })[0]).toContain("forms.book.fields[0].name");
  });
});

describe("providers", () => {
  const book = (provider: unknown) => resolveForm(parseForms({ provider }), "book", []);
  it("custom: posts to the endpoint plus the form id", () => {
    expect(book({ type: "custom", endpoint: "https://api.example.org/forms/" })).toMatchObject({ action: "https://api.example.org/forms/book", attributes: {}, hidden: [] });
  });
  it("netlify: the attributes and hidden form-name Netlify Forms needs, posting to the thank-you page", () => {
    expect(book({ type: "netlify" })).toMatchObject({
      action: "/thank-you/book/",
      attributes: { name: "book", "data-netlify": "true", "netlify-honeypot": "_gotcha" },
      hidden: [{ name: "form-name", value: "book" }],
    });
  });
  it("formspree: the form's endpoint, and a clear error for a form without an id", () => {
    expect(book({ type: "formspree", forms: { book: "xayzbwqd" } }).action).toBe("https://formspree.io/f/xayzbwqd");
    expect(() => book({ type: "formspree", forms: {} })).toThrow('the formspree provider has no form id for "book"');
  });
});
