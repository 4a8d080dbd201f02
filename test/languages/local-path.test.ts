import { describe, expect, it } from "vitest";
import { defaultPath, localPath } from "../../src/languages/page-language.ts";

const site = { languages: ["en-US", "es-US"] };

describe("a site path in a language", () => {
  it("is under the language's folder for another language, itself for the default", () => {
    expect(localPath("/thank-you/contact/", "es-US", site)).toBe("/es/thank-you/contact/");
    expect(localPath("/thank-you/contact/", "en-US", site)).toBe("/thank-you/contact/");
    expect(localPath("/", "es-US", site)).toBe("/es/");
  });
  it("goes back to the default language's path from any language's", () => {
    expect(defaultPath("/es/thank-you/contact/", site)).toBe("/thank-you/contact/");
    expect(defaultPath("/es/", site)).toBe("/");
    expect(defaultPath("/estudios/", site)).toBe("/estudios/");
    expect(defaultPath("/search/", site)).toBe("/search/");
  });
});
