import { describe, expect, it } from "vitest";
import { articleSchema } from "../src/data/article-schema.ts";
import { insurersSchema } from "../src/data/insurers-schema.ts";
import { siteSchema } from "../src/data/site-schema.ts";
import { labelsOptionSchema } from "../src/templates/labels.ts";
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
  it("names the file, the field path and the expectation; the description error gives its length", () => {
    const bad = { ...article, description: "x".repeat(171), faq: [{ question: "Q?" }], sources: [{ title: "S", publisher: "P", url: "ftp://x", doi: "x" }] };
    expect(problems(articleSchema, bad)).toMatchInlineSnapshot(`
      [
        "x.md: description: 171 characters; at most 160",
        "x.md: faq[0].answer: Required (expected string)",
        "x.md: sources[0].url: Invalid URL",
        "x.md: sources[0].doi: Expected a DOI like 10.1176/appi.ajp.2016.16040465",
      ]
    `);
  });
  it("reports typos in keys with a suggestion, also inside a credit", () => {
    expect(problems(articleSchema, { ...article, descripton: "D", reviewedBy: { name: "R", credentails: "MD" } })).toMatchInlineSnapshot(`
      [
        "x.md: reviewedBy[0].credentails: Unknown field (did you mean "credentials"?)",
        "x.md: descripton: Unknown field (did you mean "description"?)",
      ]
    `);
  });
  it("suggests the key a typo meant inside a record's value too (a language's labels)", () => {
    expect(problems(labelsOptionSchema, { fr: { mainNavigaton: "Navigation principale" } })).toEqual([
      'x.md: fr.mainNavigaton: Unknown field (did you mean "mainNavigation"?)',
    ]);
  });
  it("rejects a modification date before publication and malformed dates", () => {
    expect(problems(articleSchema, { ...article, dateModified: "2026-01-01" })).toEqual([
      "x.md: dateModified: Expected a date on or after datePublished",
    ]);
    expect(problems(articleSchema, { ...article, lastReviewed: "March 3" })).toEqual([
      'x.md: lastReviewed: Expected a date like 2026-03-02, a month like 2026-03, or a timestamp with its offset like 2026-10-14T21:00:00-07:00; got "March 3"',
    ]);
  });
});

describe("articleSchema: real pages build as written (issue #19)", () => {
  const parse = (change: Record<string, unknown>) => parseData(articleSchema, { ...article, ...change }, "x.md");
  const data = (change: Record<string, unknown>) => {
    const checked = parse(change);
    if (!checked.ok) throw new Error(checked.problems.join("\n"));
    return checked.data;
  };

  it("takes an Organization as author, a Person by default, and a list of authors", () => {
    expect(data({ author: { name: "National Institute of Mental Health", type: "Organization" } }).author).toEqual([
      { name: "National Institute of Mental Health", type: "Organization" },
    ]);
    expect(data({ author: { name: "A" } }).author).toEqual([{ name: "A", type: "Person" }]);
    expect(data({ author: [{ name: "A", credentials: "MD" }, { name: "Clinic", type: "Organization" }] }).author).toHaveLength(2);
    expect(problems(articleSchema, { ...article, author: { name: "X", type: "Robot" } })).toEqual([
      'x.md: author[0].type: Expected type "Person" or "Organization"',
    ]);
    expect(problems(articleSchema, { ...article, author: { name: "NIMH", type: "Organization", credentials: "MD" } })).toEqual([
      "x.md: author[0].credentials: Unknown field",
    ]);
  });

  it("leaves reviewedBy out when the page names no reviewer, and takes a reviewer without credentials", () => {
    const { reviewedBy: _, ...unreviewed } = article;
    const checked = parseData(articleSchema, unreviewed, "x.md");
    expect(checked.ok && checked.data.reviewedBy).toBeUndefined();
    expect(data({ reviewedBy: { name: "R" } }).reviewedBy).toEqual([{ name: "R", type: "Person" }]);
  });

  it("keeps lastReviewed: 2023-12 at month precision, and other dates as written", () => {
    expect(data({ lastReviewed: "2023-12" }).lastReviewed).toBe("2023-12");
    expect(data({ dateModified: "2026-10-14T21:00:00-07:00" }).dateModified).toBe("2026-10-14T21:00:00-07:00");
    expect(data({ dateModified: "2026-03" }).dateModified).toBe("2026-03"); // same month as datePublished: not "before" it
  });

  it("refuses impossible calendar dates with the field and the value", () => {
    expect(problems(articleSchema, { ...article, dateModified: "2026-04-31" })).toEqual([
      'x.md: dateModified: "2026-04-31" is not a calendar date: April 2026 has 30 days',
    ]);
    expect(problems(articleSchema, { ...article, dateModified: "2026-02-30" })).toEqual([
      'x.md: dateModified: "2026-02-30" is not a calendar date: February 2026 has 28 days',
    ]);
    expect(problems(articleSchema, { ...article, lastReviewed: "2023-13" })).toEqual(['x.md: lastReviewed: "2023-13" has no month 13 (months are 01 to 12)']);
    expect(data({ dateModified: "2028-02-29" }).dateModified).toBe("2028-02-29");
  });

  it("requires datePublished (saying Required), defaults dateModified to it, and reports one error for a bad datePublished", () => {
    const { datePublished: _, ...undated } = article;
    expect(problems(articleSchema, undated)).toEqual(["x.md: datePublished: Required (expected string)"]);
    const { dateModified: __, ...unmodified } = article;
    const checked = parseData(articleSchema, unmodified, "x.md");
    expect(checked.ok && checked.data.dateModified).toBe("2026-03-02");
    expect(problems(articleSchema, { ...article, datePublished: "2026-13-01" })).toEqual([
      'x.md: datePublished: "2026-13-01" has no month 13 (months are 01 to 12)',
    ]);
  });

  it("takes sources with title and publisher only, and an optional DOI", () => {
    expect(data({ sources: [{ title: "Mental Health Medications", publisher: "NIMH" }] }).sources).toEqual([
      { title: "Mental Health Medications", publisher: "NIMH" },
    ]);
    expect(data({ sources: [{ title: "T", publisher: "P", doi: "10.1001/jamapsychiatry.2017.0080" }] }).sources[0].doi).toBe("10.1001/jamapsychiatry.2017.0080");
  });

  it("takes basedOn: the work the page is adapted from", () => {
    expect(data({ basedOn: { name: "Mental Health Medications", url: "https://www.nimh.nih.gov/health/topics/mental-health-medications" } }).basedOn).toEqual({
      name: "Mental Health Medications",
      url: "https://www.nimh.nih.gov/health/topics/mental-health-medications",
    });
    expect(problems(articleSchema, { ...article, basedOn: { url: "https://x.example/" } })).toEqual(["x.md: basedOn.name: Required (expected string)"]);
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
