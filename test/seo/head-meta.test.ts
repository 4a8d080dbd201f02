import { expect, it } from "vitest";
import { headMeta } from "../../src/seo/head-meta.ts";
import { articlePage, imageFile, plainPage, site } from "../jsonld/inputs.ts";

const tagLines = (page: Parameters<typeof headMeta>[0]) => headMeta(page, site, page.article?.image && imageFile(page.article.image.src)).tags.map((t) => `${t.attribute} ${t.key}: ${t.content}`);

it("gives an article its canonical URL, Open Graph article tags with the image, and a large-image card", () => {
  expect(headMeta(articlePage, site).canonical).toBe("https://clinic.example/articles/detox/");
  expect(tagLines(articlePage)).toEqual([
    "property og:type: article",
    "property og:site_name: Example Clinic",
    "property og:title: Understanding Detox",
    "property og:description: What happens in detox.",
    "property og:url: https://clinic.example/articles/detox/",
    "property og:locale: en_GB",
    "property og:image: https://clinic.example/img/detox-1200.jpeg",
    "property og:image:width: 1200",
    "property og:image:height: 630",
    "property og:image:alt: A quiet room",
    "property article:published_time: 2026-01-12",
    "property article:modified_time: 2026-02-20",
    "name twitter:card: summary_large_image",
    "name twitter:title: Understanding Detox",
    "name twitter:description: What happens in detox.",
    "name twitter:image: https://clinic.example/img/detox-1200.jpeg",
    "name twitter:image:alt: A quiet room",
  ]);
});

it("gives other pages website tags and a summary card", () => {
  expect(tagLines(plainPage)).toEqual([
    "property og:type: website",
    "property og:site_name: Example Clinic",
    "property og:title: About us",
    "property og:description: Who we are.",
    "property og:url: https://clinic.example/about/",
    "property og:locale: en_GB",
    "name twitter:card: summary",
    "name twitter:title: About us",
    "name twitter:description: Who we are.",
  ]);
});

it("asks robots not to index a noindex page", () => {
  expect(tagLines({ ...plainPage, noindex: true })[0]).toBe("name robots: noindex");
  expect(tagLines(plainPage).some((line) => line.includes("robots"))).toBe(false);
});

it("gives encoded absolute image URLs under the site's folder, and leaves og:locale out for a language without a country", () => {
  const page = { ...articlePage, home: "https://group.example/clinic/", url: "https://group.example/clinic/articles/detox/" };
  const image = { src: "/img/Clinic (lobby) café.jpg", width: 1200, height: 630 };
  const tags = headMeta(page, { ...site, lang: "es-419" }, image).tags;
  const content = (key: string) => tags.filter((t) => t.key === key).map((t) => t.content);
  expect(content("og:image")).toEqual(["https://group.example/clinic/img/Clinic%20(lobby)%20caf%C3%A9.jpg"]);
  expect(content("twitter:image")).toEqual(["https://group.example/clinic/img/Clinic%20(lobby)%20caf%C3%A9.jpg"]);
  expect(content("og:locale")).toEqual([]);
});
