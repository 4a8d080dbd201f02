import { describe, expect, it } from "vitest";
import { articleSchema } from "../src/data/article-schema.ts";
import { insurersSchema } from "../src/data/insurers-schema.ts";
import { siteSchema } from "../src/data/site-schema.ts";
import { parseData } from "../src/validate/parse-data.ts";
import site from "./fixtures/theme-site/content/_data/site.ts";

const article = {
  title: "T",
  description: "D",
  datePublished: new Date("2026-03-02"),
  dateModified: "2026-03-04",
  lastReviewed: "2026-03-03",
  author: { name: "A" },
  reviewedBy: { name: "R", credentials: "MD" },
};

const problems = (schema: Parameters<typeof parseData>[0], value: unknown) => {
  const checked = parseData(schema, value, "x.md");
  return checked.ok ? [] : checked.problems;
};

describe("articleSchema", () => {
  it("accepts valid front matter, normalising dates and filling defaults", () => {
    const checked = parseData(articleSchema, article, "x.md");
    expect(checked.ok && checked.data).toMatchObject({ datePublished: "2026-03-02", faq: [], crisisNotice: "footer", noindex: false });
  });
  it("names the file, the field path and the expectation", () => {
    const bad = { ...article, description: "x".repeat(161), faq: [{ question: "Q?" }], sources: [{ title: "S", publisher: "P", url: "ftp://x", year: 2020 }] };
    expect(problems(articleSchema, bad)).toMatchInlineSnapshot(`
      [
        "x.md: description: Too big: expected string to have <=160 characters",
        "x.md: faq[0].answer: Required (expected string)",
        "x.md: sources[0].url: Invalid URL",
      ]
    `);
  });
  it("reports typos in keys with a suggestion", () => {
    expect(problems(articleSchema, { ...article, descripton: "D", reviewedBy: { name: "R", credentails: "MD" } })).toMatchInlineSnapshot(`
      [
        "x.md: reviewedBy.credentials: Required (expected string)",
        "x.md: reviewedBy.credentails: Unknown field (did you mean "credentials"?)",
        "x.md: descripton: Unknown field (did you mean "description"?)",
      ]
    `);
  });
  it("rejects a modification date before publication and malformed dates", () => {
    expect(problems(articleSchema, { ...article, dateModified: "2026-01-01" })).toEqual([
      "x.md: dateModified: Expected a date on or after datePublished",
    ]);
    expect(problems(articleSchema, { ...article, lastReviewed: "March 3" })).toEqual([
      "x.md: lastReviewed: Expected a date like 2026-03-02",
    ]);
  });
});

describe("siteSchema", () => {
  it("accepts the example site and trims the URL's trailing slash", () => {
    const checked = parseData(siteSchema, { ...site, url: "https://www.cedarhollow.example/" }, "site.ts");
    expect(checked.ok && checked.data.url).toBe("https://www.cedarhollow.example");
  });
  it("rejects phone numbers not in E.164 form and bad hours", () => {
    const bad = { ...site, phones: { call: "(714) 555-0123", text: "+1714555" }, organization: { ...site.organization, hours: [{ days: ["Funday"], opens: "8am", closes: "17:00" }] } };
    expect(problems(siteSchema, bad)).toMatchInlineSnapshot(`
      [
        "x.md: organization.hours[0].days[0]: Invalid option: expected one of "Monday"|"Tuesday"|"Wednesday"|"Thursday"|"Friday"|"Saturday"|"Sunday"",
        "x.md: organization.hours[0].opens: Expected a 24-hour time like 08:30",
        "x.md: phones.call: Expected a phone number in E.164 form, like +17145550123 or +17145550123 ext. 45 (or a short code like 988)",
        "x.md: phones.text: Expected a phone number in E.164 form, like +17145550123 or +17145550123 ext. 45 (or a short code like 988)",
      ]
    `);
  });
});

describe("insurersSchema", () => {
  it("gives each insurer an id for links", () => {
    const checked = parseData(insurersSchema, [{ name: "BlueCross BlueShield" }], "insurers.ts");
    expect(checked.ok && checked.data).toEqual([{ name: "BlueCross BlueShield", id: "bluecross-blueshield" }]);
  });
  it("requires a name and rejects third-party logos", () => {
    expect(problems(insurersSchema, [{ note: "PPO" }, { name: "A", logo: { src: "https://cdn.example/a.svg" } }])).toEqual([
      "x.md: [0].name: Required: the insurer's name",
      "x.md: [1].logo.src: Expected a site path starting with / (remote images are refused: Haven makes no third-party requests)",
    ]);
  });
});
