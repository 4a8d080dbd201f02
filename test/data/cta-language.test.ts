import { describe, expect, it } from "vitest";
import { siteSchema } from "../../src/data/site-schema.ts";
import { parseData } from "../../src/validate/parse-data.ts";
import { site } from "../jsonld/inputs.ts";
import { spanishCta } from "../helpers/cta-es.ts";

const problems = (input: object) => {
  const checked = parseData(siteSchema, { ...site, translations: {}, ...input }, "site.ts");
  return checked.ok ? [] : checked.problems;
};

describe("calls to action in a language other than English", () => {
  it("fail the build naming each field that would show the theme's English default", () => {
    const { text, ...book } = spanishCta.book;
    const found = problems({ languages: ["en-US", "es-US"], translations: { "es-US": { cta: { ...spanishCta, book } } } });
    expect(found).toEqual(["site.ts: translations.es-US.cta.book.text: Expected es-US copy: this is the theme's English default"]);
  });

  it("name the site's own cta when its only language is not English, and the language's whole copy when it has none", () => {
    expect(problems({ lang: "es-US", languages: undefined })).toContain("site.ts: cta.insurance.title: Expected es-US copy: this is the theme's English default");
    expect(problems({ languages: ["en-US", "vi-VN"] })).toContain("site.ts: translations.vi-VN.cta.callBanner.text: Expected vi-VN copy: this is the theme's English default");
    expect(problems({ languages: ["en-US", "vi-VN"] })).toHaveLength(13);
  });

  it("pass when every language gives its copy (links may stay the same), and for English variants", () => {
    expect(problems({ languages: ["en-US", "es"], translations: { es: { cta: spanishCta } } })).toEqual([]);
    expect(problems({ lang: "es-419", languages: undefined, cta: spanishCta })).toEqual([]);
    expect(problems({ lang: "en-GB", languages: undefined })).toEqual([]);
  });
});
