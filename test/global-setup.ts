import type { TestProject } from "vitest/node";
import { buildSite } from "./helpers/build-site.ts";

/** Builds the theme's test site (test/fixtures/theme-site) once for every test file that reads it (`inject("exampleSite")`). */
export default async function setup(project: TestProject): Promise<void> {
  const result = await buildSite("test/fixtures/theme-site/eleventy.config.ts");
  if (result.code !== 0) throw new Error(`The theme's test site did not build:\n${result.stderr}`);
  project.provide("exampleSite", result.output);
}

declare module "vitest" {
  export interface ProvidedContext {
    exampleSite: string;
  }
}
