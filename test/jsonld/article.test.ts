import { expect, it } from "vitest";
import { article as articleNode } from "../../src/jsonld/article.ts";
import { articleCredits } from "../../src/seo/page-facts.ts";
import { article, imageFile, site } from "./inputs.ts";

const credits = articleCredits(article, []);

it("builds the Article: headline, dates, author with credentials, publisher, page and citations", () => {
  expect(articleNode("https://clinic.example/articles/detox/", article, credits, site, "https://clinic.example/", imageFile(article.image!.src))).toEqual({
    "@type": "Article",
    "@id": "https://clinic.example/articles/detox/#article",
    headline: "Understanding Detox",
    description: "What happens in detox.",
    image: {
      "@type": "ImageObject",
      url: "https://clinic.example/img/detox-1200.jpeg",
      width: { "@type": "QuantitativeValue", value: 1200, unitCode: "E37" },
      height: { "@type": "QuantitativeValue", value: 630, unitCode: "E37" },
    },
    datePublished: "2026-01-12",
    dateModified: "2026-02-20",
    inLanguage: "en-GB",
    author: { "@type": "Person", name: "Jordan Lee", honorificSuffix: "MA, LMFT" },
    publisher: { "@id": "https://clinic.example/#organization" },
    mainEntityOfPage: { "@id": "https://clinic.example/articles/detox/#webpage" },
    articleSection: "Addiction",
    citation: [
      {
        "@type": "CreativeWork",
        name: "Alcohol withdrawal",
        url: "https://www.niaaa.nih.gov/x",
        publisher: { "@type": "Organization", name: "NIAAA" },
        datePublished: "2024",
      },
    ],
  });
});

it("leaves image, section and citations out when the article has none", () => {
  const plain = { ...article, image: undefined, category: undefined, sources: [] };
  const node = articleNode("https://clinic.example/articles/detox/", plain, credits, site, "https://clinic.example/");
  expect(node).not.toHaveProperty("image");
  expect(node).not.toHaveProperty("articleSection");
  expect(node).not.toHaveProperty("citation");
});
