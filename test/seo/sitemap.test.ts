import { expect, it } from "vitest";
import { robotsTxt } from "../../src/seo/robots.ts";
import { sitemapEntries, sitemapXml } from "../../src/seo/sitemap.ts";

const items = [
  { url: "/articles/b/", data: { dateModified: new Date("2026-02-20T00:00:00Z") } },
  { url: "/", data: {} },
  { url: "/articles/a/", data: { dateModified: "2026-03-01", noindex: false } },
  { url: "/private/", data: { noindex: true } },
  { url: "/feed.xml", data: {} },
  { url: false as const, data: {} },
  { url: "/search/?q=a&b=<c>", data: {} },
];

it("lists indexable HTML pages by absolute URL, sorted, with lastmod from dateModified", () => {
  expect(sitemapEntries(items, "https://clinic.example/")).toEqual([
    { loc: "https://clinic.example/" },
    { loc: "https://clinic.example/articles/a/", lastmod: "2026-03-01" },
    { loc: "https://clinic.example/articles/b/", lastmod: "2026-02-20" },
  ]);
});

it("writes the sitemap XML with escaped URLs", () => {
  const xml = sitemapXml([{ loc: "https://clinic.example/" }, { loc: "https://clinic.example/a/?x=1&y='2'", lastmod: "2026-03-01" }]);
  expect(xml).toBe(
    '<?xml version="1.0" encoding="UTF-8"?>\n' +
      '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n' +
      "  <url><loc>https://clinic.example/</loc></url>\n" +
      "  <url><loc>https://clinic.example/a/?x=1&amp;y=&#39;2&#39;</loc><lastmod>2026-03-01</lastmod></url>\n" +
      "</urlset>\n",
  );
});

it("points robots.txt to the sitemap", () => {
  expect(robotsTxt("https://clinic.example/")).toBe("User-agent: *\nAllow: /\n\nSitemap: https://clinic.example/sitemap.xml\n");
});

it("dates an entry by the day its timestamp names in its own offset, and by datePublished when never modified", () => {
  const entries = sitemapEntries(
    [
      { url: "/late/", data: { dateModified: "2026-10-14T21:00:00-07:00" } },
      { url: "/new/", data: { datePublished: "2026-03" } },
    ],
    "https://clinic.example",
  );
  expect(entries).toEqual([
    { loc: "https://clinic.example/late/", lastmod: "2026-10-14" },
    { loc: "https://clinic.example/new/", lastmod: "2026-03" },
  ]);
});
