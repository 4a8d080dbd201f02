import { describe, expect, it } from "vitest";
import { textDirection } from "../../src/languages/direction.ts";
import { languageName } from "../../src/languages/page-language.ts";

describe("a language's direction", () => {
  it.each(["ar", "he", "fa-IR", "ur", "yi"])("%s is right to left", (lang) => expect(textDirection(lang)).toBe("rtl"));
  it.each(["en-US", "es-US", "vi", "zh-Hant-TW", "az"])("%s is left to right", (lang) => expect(textDirection(lang)).toBe("ltr"));
  it("follows the script when the language is written in several", () => {
    expect(textDirection("az-Arab")).toBe("rtl");
    expect(textDirection("az-Latn")).toBe("ltr");
  });
});

describe("a language's name in the switcher", () => {
  it("is the language's own name, capitalized", () => {
    expect(["es-US", "en-US", "vi"].map(languageName)).toEqual(["Español", "English", "Tiếng Việt"]);
  });
});
