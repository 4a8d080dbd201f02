import { expect, it } from "vitest";
import { breadcrumbs } from "../../src/templates/breadcrumbs.ts";
import { breadcrumbList } from "../../src/jsonld/breadcrumb-list.ts";

it("numbers the visible trail from 1 with absolute links, leaving the link out on the current page", () => {
  const trail = breadcrumbs("Understanding Detox", "/articles/detox/");
  expect(breadcrumbList("https://clinic.example/articles/detox/", trail, "https://clinic.example/")).toEqual({
    "@type": "BreadcrumbList",
    "@id": "https://clinic.example/articles/detox/#breadcrumb",
    itemListElement: [
      { "@type": "ListItem", position: 1, name: "Home", item: "https://clinic.example/" },
      { "@type": "ListItem", position: 2, name: "Understanding Detox" },
    ],
  });
});

it("gives the home page a one-item trail", () => {
  const list = breadcrumbList("https://clinic.example/", breadcrumbs("Home page", "/"), "https://clinic.example/");
  expect(list.itemListElement).toEqual([{ "@type": "ListItem", position: 1, name: "Home" }]);
});
