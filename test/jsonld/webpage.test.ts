import { expect, it } from "vitest";
import { webPage } from "../../src/jsonld/webpage.ts";
import { articlePage, plainPage, site } from "./inputs.ts";

it("describes a health article as a MedicalWebPage with its review, topics and audience", () => {
  expect(webPage(articlePage, site)).toEqual({
    "@type": "MedicalWebPage",
    "@id": "https://clinic.example/articles/detox/#webpage",
    url: "https://clinic.example/articles/detox/",
    name: "Understanding Detox",
    description: "What happens in detox.",
    inLanguage: "en-GB",
    isPartOf: { "@id": "https://clinic.example/#website" },
    breadcrumb: { "@id": "https://clinic.example/articles/detox/#breadcrumb" },
    lastReviewed: "2026-02-01",
    reviewedBy: { "@type": "Person", name: "Priya Raman", honorificSuffix: "MD", url: "https://clinic.example/about/#medical-team" },
    about: [{ "@type": "Thing", name: "Alcohol withdrawal" }],
    audience: { "@type": "MedicalAudience", audienceType: "Patients and families" },
  });
});

it("describes any other page as a WebPage without medical review, naming no trail it does not show", () => {
  expect(webPage(plainPage, site)).toEqual({
    "@type": "WebPage",
    "@id": "https://clinic.example/about/#webpage",
    url: "https://clinic.example/about/",
    name: "About us",
    description: "Who we are.",
    inLanguage: "en-GB",
    isPartOf: { "@id": "https://clinic.example/#website" },
  });
});

it("leaves about and audience out when the article gives none", () => {
  const page = { ...articlePage, article: { ...articlePage.article!, about: [], audience: undefined } };
  expect(webPage(page, site)).not.toHaveProperty("about");
  expect(webPage(page, site)).not.toHaveProperty("audience");
});

it("claims no review the front matter does not state: no reviewedBy or lastReviewed when absent", () => {
  const unreviewed = {
    ...articlePage,
    article: { ...articlePage.article!, reviewedBy: undefined, lastReviewed: undefined },
    credits: { ...articlePage.credits!, reviewedBy: [] },
  };
  const node = webPage(unreviewed, site);
  expect(node).not.toHaveProperty("reviewedBy");
  expect(node).not.toHaveProperty("lastReviewed");
});
