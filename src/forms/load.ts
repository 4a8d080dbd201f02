import path from "node:path";
import { findDataFile, readDataFile } from "../data/data-file.ts";
import { type Insurer, insurersSchema } from "../data/insurers-schema.ts";
import { parseOrThrow } from "../validate/parse-data.ts";
import { parseForms } from "./data-schema.ts";
import type { Forms } from "./schema.ts";

/** The data a receiver checks submissions against: the site's forms and the insurers its select offers. */
export interface FormsContext {
  forms: Forms;
  insurers: Insurer[];
  /** The organization's name from `site`, filling `{organization}` in the forms' copy. */
  organization?: string;
  /** The site's languages, first the default (`site.languages`, else `[site.lang]`, else `["en-US"]`). */
  languages: string[];
}

/** Reads `forms` (optional), `insurers`, and the organization's name and languages in `site` from a site's data folder, the same files the build validates. */
export async function loadFormsContext(dataDir: string): Promise<FormsContext> {
  const forms = parseForms(await readData(dataDir, "forms"));
  const insurers = parseOrThrow(insurersSchema, (await readData(dataDir, "insurers")) ?? [], path.join(dataDir, "insurers"));
  const site = (await readData(dataDir, "site")) as { organization?: { name?: unknown }; lang?: unknown; languages?: unknown } | undefined;
  const name = site?.organization?.name;
  return { forms, insurers, organization: typeof name === "string" ? name : undefined, languages: languagesOf(site) };
}

// The build validates `site`; the receiver only reads it, so anything odd gives the schema's default.
function languagesOf(site: { lang?: unknown; languages?: unknown } | undefined): string[] {
  const { lang, languages } = site ?? {};
  if (Array.isArray(languages) && languages.length && languages.every((tag) => typeof tag === "string")) return languages;
  return [typeof lang === "string" ? lang : "en-US"];
}

async function readData(dataDir: string, name: string): Promise<unknown> {
  const file = findDataFile(dataDir, name);
  return file && readDataFile(file);
}
