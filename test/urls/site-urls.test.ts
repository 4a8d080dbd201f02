import { describe, expect, it } from "vitest";
import { urlFilters, urlSettings } from "../../src/urls/register.ts";
import { absoluteUrl, normalizePathPrefix, pagePath, pageUrl, sitePath, siteUrl } from "../../src/urls/site-urls.ts";

const HOME = "https://clinic.example/";
const SUB = "https://group.example/clinic/";

describe("normalizePathPrefix", () => {
  it("gives one form for every way of writing Eleventy's pathPrefix", () => {
    for (const prefix of ["clinic", "/clinic", "/clinic/", "clinic/", "//clinic//"]) expect(normalizePathPrefix(prefix)).toBe("/clinic/");
    expect(normalizePathPrefix(undefined)).toBe("/");
    expect(normalizePathPrefix("/")).toBe("/");
    expect(normalizePathPrefix("/our clinic/")).toBe("/our%20clinic/");
  });
});

describe("siteUrl", () => {
  it("is the origin of site.url plus the path prefix, ending in /", () => {
    expect(siteUrl("https://clinic.example", "/")).toBe(HOME);
    expect(siteUrl("https://group.example", "/clinic/")).toBe(SUB);
    expect(siteUrl("https://group.example/clinic", "clinic")).toBe(SUB);
    expect(siteUrl("https://group.example/clinic/", "/clinic/")).toBe(SUB);
  });
  it("refuses a site.url folder that is not the path prefix, naming both", () => {
    expect(() => siteUrl("https://group.example/other/", "/clinic/")).toThrow(/under \/other\/ but Eleventy's pathPrefix is "\/clinic\/"/);
    expect(() => siteUrl("https://group.example/clinic", "/")).toThrow(/set pathPrefix: "\/clinic\/"/);
  });
});

describe("sitePath", () => {
  it("percent-encodes spaces and non-ASCII letters and keeps & in the path", () => {
    expect(sitePath("/articles/Über detox/")).toBe("/articles/%C3%9Cber%20detox/");
    expect(sitePath("/articles/Q&A detox/")).toBe("/articles/Q&A%20detox/");
  });
  it("keeps the query and the fragment of an href, encoded", () => {
    expect(sitePath("/verify-insurance/?insurer=blue cross&x=é#Q&A")).toBe("/verify-insurance/?insurer=blue%20cross&x=%C3%A9#Q&A");
  });
  it("adds the path prefix, once, and cannot leave it with ..", () => {
    expect(sitePath("/", "/clinic/")).toBe("/clinic/");
    expect(sitePath("/about/#team", "/clinic/")).toBe("/clinic/about/#team");
    expect(sitePath("/../../etc/", "/clinic/")).toBe("/clinic/etc/");
  });
  it("leaves external hrefs and fragments alone", () => {
    for (const href of ["https://www.cdc.gov/x y", "tel:+17145550123;ext=45", "mailto:a@b.example", "#faq", "//cdn.example/x"]) {
      expect(sitePath(href, "/clinic/")).toBe(href);
    }
  });
  it("encodes a % that starts no escape and keeps one that does", () => {
    expect(sitePath("/100%/%C3%9C/")).toBe("/100%25/%C3%9C/");
  });
});

describe("pagePath and pageUrl", () => {
  it("treat # and ? in a page URL as part of its file name", () => {
    expect(pagePath("/articles/Q#A détox?/", "/clinic/")).toBe("/clinic/articles/Q%23A%20d%C3%A9tox%3F/");
    expect(pageUrl(SUB, "/articles/Über detox/")).toBe("https://group.example/clinic/articles/%C3%9Cber%20detox/");
    expect(pageUrl(HOME, "/")).toBe(HOME);
  });
});

describe("absoluteUrl", () => {
  it("builds encoded absolute URLs under the home URL's folder", () => {
    expect(absoluteUrl(HOME, "/img/Clinic (lobby) café.jpg")).toBe("https://clinic.example/img/Clinic%20(lobby)%20caf%C3%A9.jpg");
    expect(absoluteUrl(SUB, "/img/Clinic (lobby) café.jpg")).toBe("https://group.example/clinic/img/Clinic%20(lobby)%20caf%C3%A9.jpg");
    expect(absoluteUrl(SUB, "/")).toBe(SUB);
    expect(absoluteUrl(SUB, "/sitemap.xml")).toBe("https://group.example/clinic/sitemap.xml");
  });
  it("resolves a fragment against the home URL and passes other hosts through", () => {
    expect(absoluteUrl(SUB, "#organization")).toBe("https://group.example/clinic/#organization");
    expect(absoluteUrl(SUB, "https://www.cdc.gov/")).toBe("https://www.cdc.gov/");
  });
});

describe("the havenUrl and havenAbsoluteUrl filters", () => {
  const filters = (prefix: string, htmlBase = false) => urlFilters(() => urlSettings(prefix, htmlBase));
  it("prefix links, unless the HtmlBasePlugin will", () => {
    expect(filters("/clinic/").havenUrl("/contact/?a b")).toBe("/clinic/contact/?a%20b");
    expect(filters("/clinic/", true).havenUrl("/contact/")).toBe("/contact/");
  });
  it("build absolute URLs with the prefix either way, from the page's site.url or an argument", () => {
    const { havenAbsoluteUrl } = filters("/clinic/", true);
    expect(havenAbsoluteUrl.call({ ctx: { site: { url: "https://group.example" } } }, "/a b/")).toBe("https://group.example/clinic/a%20b/");
    expect(havenAbsoluteUrl.call(undefined, "/", "https://group.example")).toBe(SUB);
    expect(() => havenAbsoluteUrl.call({ ctx: {} }, "/x/")).toThrow(/no site URL/);
  });
});
