import { describe, expect, it } from "vitest";
import { langSchema, ogLocale } from "../src/data/locale.ts";
import { siteSchema } from "../src/data/site-schema.ts";
import { parseData } from "../src/validate/parse-data.ts";
import { site } from "./jsonld/inputs.ts";

describe("site.lang", () => {
  it("accepts BCP 47 tags and puts them in canonical case", () => {
    for (const tag of ["en", "es", "es-419", "zh-Hant-TW", "en-US", "sr-Latn-RS"]) expect(langSchema.parse(tag)).toBe(tag);
    expect(langSchema.parse("en-us")).toBe("en-US");
    expect(langSchema.parse("ZH-hant-tw")).toBe("zh-Hant-TW");
  });
  it("refuses what is not a language tag, naming the field and what was expected", () => {
    for (const bad of ["en_US", "english", "", "und", "e", "en--US"]) expect(langSchema.safeParse(bad).success, bad).toBe(false);
    const checked = parseData(siteSchema, { ...site, lang: "en_US" }, "site.ts");
    expect(checked.ok ? [] : checked.problems).toEqual(['site.ts: lang: Expected a BCP 47 language tag like en-US, es-419 or zh-Hant-TW; got "en_US"']);
  });
});

describe("og:locale", () => {
  it("is language_TERRITORY, with the likely territory when the tag gives none", () => {
    expect(ogLocale("en-US")).toBe("en_US");
    expect(ogLocale("en")).toBe("en_US");
    expect(ogLocale("es")).toBe("es_ES");
    expect(ogLocale("zh-Hant-TW")).toBe("zh_TW");
    expect(ogLocale("zh-Hant")).toBe("zh_TW");
    expect(ogLocale("pt")).toBe("pt_BR");
    expect(ogLocale("de-CH")).toBe("de_CH");
  });
  it("is left out when the territory is not a country", () => {
    expect(ogLocale("es-419")).toBeUndefined();
  });
});
