import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

const SRC = path.resolve(import.meta.dirname, "../../src/index.ts");

/** Topics of the generated articles, as `[category, ...topics]`; names in several scripts and with markup characters. */
export const TOPIC_SETS = [
  ["Depression", "Ketamine & <esketamine>"],
  ["Addiction treatment"],
  ["Family support", "Depression"],
  ["Sueño y salud"],
];

/** The generated site's team: ids the articles name, one with no articles at all. */
export const PEOPLE = [
  { id: "amara-okafor", name: "Amara Okafor", credentials: "MD", jobTitle: "Medical Director", licences: [{ name: "Physician and Surgeon", number: "A 000001", region: "CA" }], bio: "Amara *leads* our medical team.", sameAs: ["https://www.example.org/amara"] },
  { id: "jun-takeda", name: "Jun Takeda", credentials: "MA, LMFT", jobTitle: "Therapist", licences: [{ name: "LMFT", number: "LMFT 000002", region: "CA" }] },
  { id: "lena-novak", name: "Léna Novák", jobTitle: "Health writer" },
];

/** One article: `i` fixes its date (newer for larger `i`), topics, author and reviewer. */
function article(i: number): string {
  const [category, ...topics] = TOPIC_SETS[i % TOPIC_SETS.length];
  const day = String(i + 1).padStart(2, "0");
  return `---
title: ${JSON.stringify(i === 3 ? `Article ${i}: "quotes" & <tags>` : i === 4 ? `記事 ${i}: 睡眠` : `Article ${i}`)}
description: "Generated article number ${i}."
datePublished: 2026-03-${day}
dateModified: 2026-04-${day}
lastReviewed: ${i === 0 ? "2023-01-15" : "2026-04-01"}
author: ${i % 3 === 2 ? "{ name: \"Guest Writer\" }" : PEOPLE[i % 2 === 0 ? 2 : 1].id}
reviewedBy: amara-okafor
category: ${JSON.stringify(category)}
topics: ${JSON.stringify(topics)}
---
Body of article ${i}.

## Part one

Text.
`;
}

/** Options for `writeCatalogSite`: the plugin options and extra files (site path → content). */
export interface CatalogOptions {
  count?: number;
  pluginOptions?: Record<string, unknown>;
  files?: Record<string, string>;
  people?: unknown[];
}

/** Writes a site of `count` articles over four topics, three people and two locations into a fresh temp folder; returns its config file. */
export async function writeCatalogSite({ count = 12, pluginOptions = { pageSize: 5 }, files = {}, people = PEOPLE }: CatalogOptions = {}): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), "haven-catalog-"));
  const content = path.join(dir, "content");
  await mkdir(path.join(content, "articles"), { recursive: true });
  await mkdir(path.join(content, "_data"), { recursive: true });
  for (let i = 0; i < count; i++) await writeFile(path.join(content, "articles", `article-${i}.md`), article(i));
  await writeFile(path.join(content, "articles", "articles.11tydata.json"), JSON.stringify({ layout: "article", permalink: "/articles/{{ page.fileSlug }}/" }));
  const data = {
    site: { ...SITE },
    insurers: [{ name: "Aetna" }, { name: "Cigna", note: "PPO plans only" }, { name: "Magellan Health" }],
    people,
  };
  for (const [name, value] of Object.entries(data)) await writeFile(path.join(content, "_data", `${name}.ts`), `export default ${JSON.stringify(value)};\n`);
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(content, file)), { recursive: true });
    await writeFile(path.join(content, file), text);
  }
  await writeFile(path.join(dir, "package.json"), JSON.stringify({ type: "module", private: true }));
  const config = path.join(dir, "eleventy.config.ts");
  await writeFile(
    config,
    `import haven from ${JSON.stringify(SRC)};
export default function (eleventyConfig) { eleventyConfig.addPlugin(haven, ${JSON.stringify(pluginOptions)}); }
export const config = { dir: { input: ${JSON.stringify(path.relative(process.cwd(), content))}, includes: "_includes", layouts: "_layouts", data: "_data" }, markdownTemplateEngine: "njk" };
`,
  );
  return config;
}

const SITE = {
  url: "https://www.lakeside-clinic.example",
  lang: "en-US",
  organization: {
    type: "MedicalOrganization",
    name: "Lakeside Clinic Group",
    address: { street: "10 Example Road", locality: "Fresno", region: "CA", postalCode: "93650", country: "US" },
  },
  phones: { call: "+15595550110", text: "+15595550111" },
  crisisLine: { phone: "988", message: "In crisis? Call or text 988." },
  home: { intro: "We treat **depression** and addiction, in person and by video.", action: { label: "Book a first call", href: "/contact/" } },
  locations: [
    {
      id: "fresno",
      name: "Lakeside Fresno",
      address: { street: "10 Example Road", locality: "Fresno", region: "CA", postalCode: "93650", country: "US" },
      hours: [{ days: ["Monday", "Friday"], opens: "08:00", closes: "17:00" }],
      phones: { call: "+15595550112" },
      insurers: ["Aetna", "Cigna"],
    },
    {
      id: "clovis",
      name: "Lakeside Clovis",
      address: { street: "4 Sample Avenue", locality: "Clovis", region: "CA", postalCode: "93611", country: "US" },
      phones: { call: "+15595550113", text: "+15595550114" },
    },
  ],
};
