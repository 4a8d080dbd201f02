import { describe, expect, inject, it } from "vitest";
import { loadFormsContext } from "../../src/forms/load.ts";
import { resolveForm } from "../../src/forms/resolve.ts";
import { readPage } from "../helpers/build-site.ts";
import { formIds } from "../../src/templates/ids.ts";

// The theme site's `_data/forms.ts` adds `pronouns` with `after: "name"`: the README's own example.
const EXPECTED = ["name", "pronouns", "contactMethod", "email", "phone", "message"];
const output = inject("exampleSite");

describe("a field added with `after`, through the data loader", () => {
  it("renders in its place on /contact/", async () => {
    const doc = await readPage(output, "/contact/");
    expect(doc.querySelectorAll(`#${formIds("contact").form} [data-field]`).map((el) => el.getAttribute("data-field"))).toEqual(EXPECTED);
  });
  it("has its rule in the same place in the bundle's rules", async () => {
    const doc = await readPage(output, "/contact/");
    const rules = JSON.parse(doc.querySelector(`#${formIds("contact").form}`)!.getAttribute("data-haven-form")!) as { fields: { name: string }[] };
    expect(rules.fields.map((f) => f.name)).toEqual(EXPECTED);
  });
  it("is in the same place for the receiver", async () => {
    const context = await loadFormsContext("test/fixtures/theme-site/content/_data");
    expect(resolveForm(context.forms, "contact", context.insurers).fields.map((f) => f.name)).toEqual(EXPECTED);
  });
});
