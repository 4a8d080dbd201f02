import { expect, it } from "vitest";
import { organization, organizationOnce } from "../../src/jsonld/organization.ts";
import { insurers, site, imageFile } from "./inputs.ts";

it("builds the organization with its configured type, contact details, hours and insurers", () => {
  expect(organization(site, insurers, "https://clinic.example/", imageFile("/img/logo.png"))).toEqual({
    "@type": "MedicalClinic",
    "@id": "https://clinic.example/#organization",
    name: "Example Clinic",
    url: "https://clinic.example/",
    logo: {
      "@type": "ImageObject",
      url: "https://clinic.example/img/logo-1200.jpeg",
      width: { "@type": "QuantitativeValue", value: 1200, unitCode: "E37" },
      height: { "@type": "QuantitativeValue", value: 630, unitCode: "E37" },
    },
    telephone: "+17145550123",
    address: {
      "@type": "PostalAddress",
      streetAddress: "1 Main Street",
      addressLocality: "Springfield",
      addressRegion: "CA",
      postalCode: "90000",
      addressCountry: "US",
    },
    openingHoursSpecification: [
      { "@type": "OpeningHoursSpecification", dayOfWeek: ["Monday", "Tuesday"], opens: "09:00", closes: "17:00" },
    ],
    sameAs: ["https://www.linkedin.com/company/example-clinic"],
    acceptedPaymentMethod: [
      { "@type": "PaymentMethod", name: "Aetna", description: "PPO plans only" },
      { "@type": "PaymentMethod", name: "Cigna" },
    ],
  });
});

it("leaves out what the site does not give", () => {
  const bare = { ...site, organization: { ...site.organization, type: "MedicalOrganization" as const, logo: undefined, hours: [], sameAs: [] } };
  const node = organization(bare, [], "https://clinic.example/");
  expect(node["@type"]).toBe("MedicalOrganization");
  expect(Object.keys(node)).toEqual(["@type", "@id", "name", "url", "telephone", "address"]);
});

it("shares one organization node per site, insurers and home URL (organizationOnce)", () => {
  const once = organizationOnce();
  const node = once(site, insurers, "https://clinic.example/");
  expect(node).toEqual(organization(site, insurers, "https://clinic.example/"));
  expect(once(site, insurers, "https://clinic.example/")).toBe(node);
  expect(once(site, insurers, "https://clinic.example/es/")).not.toBe(node);
  expect(once(site, [], "https://clinic.example/")).not.toBe(node);
  expect(once({ ...site }, insurers, "https://clinic.example/")).not.toBe(node);
  expect(organizationOnce()(site, insurers, "https://clinic.example/")).not.toBe(node);
});
