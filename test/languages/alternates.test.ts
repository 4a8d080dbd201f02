import { describe, expect, it } from "vitest";
import { alternatesOf, hreflangLinks, languageLinks, translationGroups } from "../../src/languages/alternates.ts";
import { languageOfPath } from "../../src/languages/page-language.ts";

const site = { languages: ["en-US", "es-US"], lang: "en-US" };
const page = (url: string | false, translationKey?: string, noindex?: boolean) => ({ url, inputPath: `content${url || "/hidden"}index.md`, data: { translationKey, noindex } });

describe("a page's language", () => {
  it("is the language of the folder it is in, else the default", () => {
    expect(["/es/contacto/", "/es/", "/contact/", "/", "/estudios/"].map((url) => languageOfPath(url, site))).toEqual(["es-US", "es-US", "en-US", "en-US", "en-US"]);
  });
});

describe("translations", () => {
  const groups = translationGroups([page("/contact/", "contact"), page("/es/contacto/", "contact"), page("/about/", "about"), page("/other/")], site);
  it("link every version of a page, itself included, in the site's language order, and none for a page without translation", () => {
    expect(alternatesOf(groups, "contact")).toEqual([
      { lang: "en-US", url: "/contact/" },
      { lang: "es-US", url: "/es/contacto/" },
    ]);
    expect(alternatesOf(groups, "about")).toEqual([]);
    expect(alternatesOf(groups, undefined)).toEqual([]);
  });
  it("become absolute hreflang links with x-default for the default language", () => {
    expect(hreflangLinks(alternatesOf(groups, "contact"), "en-US", "https://example.org/clinic/").map((l) => `${l.hreflang} ${l.href}`)).toEqual([
      "en-US https://example.org/clinic/contact/",
      "es-US https://example.org/clinic/es/contacto/",
      "x-default https://example.org/clinic/contact/",
    ]);
  });
  it("fail the build when a translation would be a missing page, or two pages of one language share a key", () => {
    expect(() => translationGroups([page("/contact/", "contact"), page(false, "contact")], site)).toThrow(/content\/hiddenindex.md: translationKey "contact": the page is not written/);
    expect(() => translationGroups([page("/es/contacto/", "contact", true)], site)).toThrow(/noindex/);
    expect(() => translationGroups([page("/es/a/", "k"), page("/es/b/", "k")], site)).toThrow(/content\/es\/a\/index.md is already the es-US page of "k"/);
  });
  it("give the switcher the same page in each language, or that language's home", () => {
    const links = languageLinks({ ...site, lang: "es-US" }, alternatesOf(groups, "contact"), "/es/contacto/");
    expect(links.map((l) => [l.name, l.href, l.current])).toEqual([
      ["English", "/contact/", false],
      ["Español", "/es/contacto/", true],
    ]);
    expect(languageLinks(site, [], "/about/").map((l) => l.href)).toEqual(["/about/", "/es/"]);
  });
});
