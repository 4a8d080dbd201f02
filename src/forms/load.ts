import path from "node:path";
import { findDataFile, readDataFile } from "../data/data-file.ts";
import { type Insurer, insurersSchema } from "../data/insurers-schema.ts";
import { siteLanguagesSchema } from "../data/site-schema.ts";
import { parseOrThrow } from "../validate/parse-data.ts";
import { parseForms } from "./data-schema.ts";
import type { Forms } from "./schema.ts";

/** The data a receiver checks submissions against: the site's forms and the insurers its select offers. */
export interface FormsContext {
  forms: Forms;
  insurers: Insurer[];
  /** The organization's name from `site`, filling `{organization}` in the forms' copy. */
  organization?: string;
  /** The site's languages, first the default (`siteLanguages`: `site.languages`, else `[site.lang]`, else `["en-US"]`). */
  languages: string[];
}

/** Reads `forms` (optional), `insurers`, and the organization's name and languages in `site` from a site's data folder, the same files the build validates. */
export async function loadFormsContext(dataDir: string): Promise<FormsContext> {
  const forms = parseForms(await readData(dataDir, "forms"));
  const insurers = parseOrThrow(insurersSchema, (await readData(dataDir, "insurers")) ?? [], path.join(dataDir, "insurers"));
  const site = (await readData(dataDir, "site")) as { organization?: { name?: unknown } } | undefined;
  const name = site?.organization?.name;
  // The build validates `site`; the receiver only reads it, so languages it cannot read are the default's.
  const languages = siteLanguagesSchema.safeParse(site ?? {});
  return { forms, insurers, organization: typeof name === "string" ? name : undefined, languages: languages.success ? languages.data : ["en-US"] };
}

async function readData(dataDir: string, name: string): Promise<unknown> {
  const file = findDataFile(dataDir, name);
  return file && readDataFile(file);
}
