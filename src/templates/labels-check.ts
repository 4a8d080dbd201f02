import { type Site, siteLanguages } from "../data/site-schema.ts";
import type { CheckedSite } from "../validate/check-site.ts";
import { HavenDataError } from "../validate/parse-data.ts";
import { MissingLabelsError } from "./labels-resolve.ts";
import type { Labels } from "./labels.ts";

/**
 * Checks before the build that every language of the site (`languages`, else `lang`) has all its labels, from the
 * theme's tables or the `labels` option; throws one error naming the site file, the field and the missing keys,
 * instead of failing later inside the first page's template.
 */
export function checkSiteLabels(checked: CheckedSite, labelsFor: (lang: string) => Labels): void {
  const entry = checked.data.site;
  if (!entry) return;
  const site = entry.value as Site;
  const field = (i: number) => (site.languages ? `languages[${i}]` : "lang");
  const problems = siteLanguages(site).flatMap((lang, i) => {
    try {
      labelsFor(lang);
      return [];
    } catch (error) {
      if (error instanceof MissingLabelsError) return [`${entry.file}: ${field(i)} "${lang}": ${error.detail}`];
      throw error;
    }
  });
  if (problems.length) throw new HavenDataError(problems);
}
