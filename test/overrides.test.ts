import { beforeAll, expect, it } from "vitest";
import { type BuildResult, buildSite, readPage } from "./helpers/build-site.ts";

let result: BuildResult;
beforeAll(async () => {
  result = await buildSite("test/fixtures/override-site/eleventy.config.ts");
});

it("uses a site's own layout and partial instead of the theme's", async () => {
  expect(result.code, result.stderr).toBe(0);
  const article = await readPage(result.output, "/articles/one/");
  expect(article.querySelector("article")?.getAttribute("data-override")).toBe("site-article-layout");
  expect(article.querySelector("footer")?.getAttribute("data-override")).toBe("site-footer");
});

it("renders a site's own copy of a partial the theme renders once per build for every page, with that page's data", async () => {
  for (const url of ["/articles/one/", "/articles/two/", "/page/"]) {
    const doc = await readPage(result.output, url);
    expect(doc.querySelector("[data-override=site-action-bar]")?.getAttribute("data-page"), url).toBe(url);
  }
});

it("lets a site's layout extend the theme's layout of the same name", async () => {
  const page = await readPage(result.output, "/page/");
  expect(page.querySelector("[data-override=site-page-layout] h1")?.text).toBe("A page");
});

it("keeps the theme's other layouts and partials", async () => {
  const page = await readPage(result.output, "/page/");
  expect(page.querySelector(".site-header .site-name")?.text).toBe("Cedar Hollow Recovery");
  expect(page.querySelector("h1")?.text).toBe("A page");
  expect(page.querySelector("footer")?.getAttribute("data-override")).toBe("site-footer");
});

it("renders components from markdown shortcodes with the page's overrides", async () => {
  const doc = await readPage(result.output, "/articles/two/");
  expect(doc.querySelector(".callout-closing h2")?.text).toBe("Start with a phone call");
  expect(doc.querySelectorAll(".insurer-badges li")).toHaveLength(7);
});

it("drops an insurer removed from data from every page", async () => {
  for (const url of ["/articles/one/", "/articles/two/", "/page/"]) {
    const doc = await readPage(result.output, url);
    expect(doc.toString(), url).not.toContain("Aetna");
  }
});
