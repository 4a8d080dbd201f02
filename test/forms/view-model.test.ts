import { describe, expect, it } from "vitest";
import { checkValues } from "../../src/forms/check.ts";
import { parseForms } from "../../src/forms/data-schema.ts";
import { resolveForm } from "../../src/forms/resolve.ts";
import { exampleData, renderPartial } from "../helpers/render.ts";

// The forms' markup facts live in the resolved form; the partials only print them.
describe("the resolved form as the partials render it", () => {
  const doc = renderPartial("forms/verify-insurance.njk", { formId: "verify-insurance" });
  const form = resolveForm(parseForms(undefined), "verify-insurance", []);

  it("sends for a ticked box the value the validator accepts", () => {
    const box = doc.querySelector('input[type="checkbox"][name="consent"]')!;
    const rules = form.rules.fields.filter((f) => f.name === "consent");
    expect(checkValues(rules, { consent: box.getAttribute("value")! })).toEqual([]);
  });
  it("describes each field by ids that exist on the page", () => {
    const described = doc.querySelectorAll("[aria-describedby]");
    expect(described.length).toBeGreaterThan(3);
    for (const el of described) for (const id of el.getAttribute("aria-describedby")!.split(" ")) expect(doc.querySelector(`#${id}`), id).not.toBeNull();
  });
  it("carries the hidden page field and the anti-spam field the receiver reads", () => {
    expect(doc.querySelector(`input[type="hidden"][name="${form.pageField}"]`)).not.toBeNull();
    expect(doc.querySelector(`#${form.honeypot.id}`)?.getAttribute("name")).toBe(form.honeypot.name);
  });
});

describe("insurer badges", () => {
  it("preselect with the parameter the form is configured to read", () => {
    const forms = { forms: { "verify-insurance": { fields: [{ name: "insurer", preselectParam: "plan" }] } } };
    const hrefs = renderPartial("insurer-badges.njk", { forms, insurers: exampleData().insurers.filter((i) => !i.logo) }).querySelectorAll(".insurer-badges a").map((a) => a.getAttribute("href"));
    expect(hrefs.length).toBeGreaterThan(0);
    for (const href of hrefs) expect(href).toMatch(/^\/verify-insurance\/\?plan=[a-z-]+$/);
  });
});
