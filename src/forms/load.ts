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
}

/** Reads `forms` (optional) and `insurers` from a site's data folder, the same files the build validates. */
export async function loadFormsContext(dataDir: string): Promise<FormsContext> {
  const forms = parseForms(await readData(dataDir, "forms"));
  const insurers = parseOrThrow(insurersSchema, (await readData(dataDir, "insurers")) ?? [], path.join(dataDir, "insurers"));
  return { forms, insurers };
}

async function readData(dataDir: string, name: string): Promise<unknown> {
  const file = findDataFile(dataDir, name);
  return file && readDataFile(file);
}
