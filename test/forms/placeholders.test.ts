import { readFile } from "node:fs/promises";
import { describe, expect, inject, it } from "vitest";
import { parseForms } from "../../src/forms/data-schema.ts";
import { fillOrganization } from "../../src/forms/placeholders.ts";
import { resolveForm } from "../../src/forms/resolve.ts";
import { builtPages, pageFile, readPage } from "../helpers/build-site.ts";

describe("{organization} in forms copy", () => {
  it("is filled in labels, hints, messages and confirmations, never in patterns", () => {
    const copy = { label: "{organization} may call", messages: ["Thanks from {organization}, {organization}"], pattern: "[{organization}]" };
    expect(fillOrganization(copy, "Río & Co <b>")).toEqual({ label: "Río & Co <b> may call", messages: ["Thanks from Río & Co <b>, Río & Co <b>"], pattern: "[{organization}]" });
    expect(fillOrganization(copy, undefined)).toBe(copy);
  });
  it("reaches the rendered form and the receiver's rules alike", () => {
    const forms = parseForms({ messages: { server: "{organization} could not store it." }, forms: { book: { confirmation: { title: "Sent by {organization}" } } } });
    const form = resolveForm(forms, "book", [], "Haven Clinic");
    expect(form.confirmation.title).toBe("Sent by Haven Clinic");
    expect(form.rules.messages.server).toBe("Haven Clinic could not store it.");
  });
  it("leaves no placeholder in the built site, and names the organization of site.ts", async () => {
    const output = inject("exampleSite");
    for (const url of await builtPages(output)) expect(await readFile(pageFile(output, url), "utf8"), url).not.toContain("{organization}");
    const label = (await readPage(output, "/verify-insurance/")).querySelector('label[for="_verify-insurance-consent"]')!.text;
    expect(label).toMatch(/^I agree that Cedar Hollow Recovery may use/);
  });
});
