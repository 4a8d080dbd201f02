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

it("names an Organization author as an Organization and lists several authors", () => {
  const nimh = { type: "Organization" as const, name: "National Institute of Mental Health", url: "https://www.nimh.nih.gov/" };
  expect(articleNode("https://clinic.example/a/", { ...article, author: [nimh] }, articleCredits({ ...article, author: [nimh] }, []), site, site.url).author).toEqual({
    "@type": "Organization",
    name: "National Institute of Mental Health",
    url: "https://www.nimh.nih.gov/",
  });
  const both = { ...article, author: [{ type: "Person" as const, name: "Jordan Lee" }, nimh] };
  const two = articleNode("https://clinic.example/a/", both, articleCredits(both, []), site, site.url);
  expect(two.author).toEqual([
    { "@type": "Person", name: "Jordan Lee" },
    { "@type": "Organization", name: "National Institute of Mental Health", url: "https://www.nimh.nih.gov/" },
  ]);
});

it("cites a source without url or year as it is, a DOI as identifier, and the adapted work as isBasedOn", () => {
  const node = articleNode(
    "https://clinic.example/a/",
    {
      ...article,
      basedOn: { name: "Mental Health Medications", url: "https://www.nimh.nih.gov/health/topics/mental-health-medications" },
      sources: [
        { title: "TIP 45", publisher: "SAMHSA" },
        { title: "Consensus", publisher: "JAMA Psychiatry", doi: "10.1001/jamapsychiatry.2017.0080" },
      ],
    },
    credits,
    site,
    site.url,
  );
  expect(node.isBasedOn).toEqual({ "@type": "CreativeWork", name: "Mental Health Medications", url: "https://www.nimh.nih.gov/health/topics/mental-health-medications" });
  expect(node.citation).toEqual([
    { "@type": "CreativeWork", name: "TIP 45", publisher: { "@type": "Organization", name: "SAMHSA" } },
    {
      "@type": "CreativeWork",
      name: "Consensus",
      identifier: { "@type": "PropertyValue", propertyID: "DOI", value: "10.1001/jamapsychiatry.2017.0080" },
      sameAs: "https://doi.org/10.1001/jamapsychiatry.2017.0080",
      publisher: { "@type": "Organization", name: "JAMA Psychiatry" },
    },
  ]);
});
