import { describe, expect, it } from "vitest";
import { pageTrail } from "../../src/templates/breadcrumbs.ts";
import { breadcrumbList } from "../../src/jsonld/breadcrumb-list.ts";

const article = { path: "/articles/detox/", title: "Understanding Detox", isArticle: true, generated: false };

it("numbers the visible trail from 1 with absolute links, leaving the link out on the current page", () => {
  const trail = pageTrail(article, { name: "Home", url: "/" })!;
  expect(breadcrumbList("https://clinic.example/articles/detox/", trail, "https://clinic.example/")).toEqual({
    "@type": "BreadcrumbList",
    "@id": "https://clinic.example/articles/detox/#breadcrumb",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: "https://clinic.example/" },
      { "@type": "ListItem", position: 2, name: "Understanding Detox" },
    ],
  });
});

describe("whether a page shows a trail", () => {
  it("gives articles and generated pages one, with their parents and the home label", () => {
    expect(pageTrail(article, { name: "Inicio", url: "/es/" })?.map((c) => c.name)).toEqual(["Inicio", "Understanding Detox"]);
    const topic = { path: "/topics/sleep/", title: "Sleep", isArticle: false, generated: true, parents: [{ name: "Topics", url: "/topics/" }] };
    expect(pageTrail(topic, { name: "Home", url: "/" })).toEqual([{ name: "Home", url: "/" }, { name: "Topics", url: "/topics/" }, { name: "Sleep" }]);
  });
  it("gives the home page and plain pages none", () => {
    expect(pageTrail({ ...article, path: "/" }, { name: "Home", url: "/" })).toBeUndefined();
    expect(pageTrail({ path: "/contact/", title: "Contact", isArticle: false, generated: false }, { name: "Home", url: "/" })).toBeUndefined();
  });
});
