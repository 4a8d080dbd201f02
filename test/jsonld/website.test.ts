import { expect, it } from "vitest";
import { website } from "../../src/jsonld/website.ts";
import { site } from "./inputs.ts";

it("builds the website, published by the organization", () => {
  expect(website(site, "https://clinic.example/")).toEqual({
    "@type": "WebSite",
    "@id": "https://clinic.example/#website",
    url: "https://clinic.example/",
    name: "Example Clinic",
    inLanguage: "en-GB",
    publisher: { "@id": "https://clinic.example/#organization" },
  });
});
