import { ENGLISH, type Labels } from "../templates/labels.ts";

/** The labels of the page a markdown render is for, from its env (Eleventy's page data: `site.lang`). */
export type LabelsOf = (env: unknown) => Labels;

/** Labels by the env's `site.lang` from `labelsFor` (the plugin's label lookup); English when none is given. */
export function labelsOfEnv(labelsFor?: (lang: string) => Labels): LabelsOf {
  if (!labelsFor) return () => ENGLISH;
  return (env) => labelsFor(String((env as { site?: { lang?: unknown } } | undefined)?.site?.lang ?? "en"));
}
