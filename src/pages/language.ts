import type { Site } from "../data/site-schema.ts";
import { localSite } from "../languages/local-site.ts";
import { localPath } from "../languages/page-language.ts";
import { fillLabel } from "../templates/fill-label.ts";
import type { LabelKey, Labels } from "../templates/labels.ts";

/** One language the generated pages are made in: its site data, labels and paths. */
export interface PageLanguage {
  /** BCP 47 tag, e.g. `es-US`. */
  lang: string;
  /** The site as a page in this language sees it (`localSite`). */
  site: Site;
  /** The label `key` with its placeholders filled, e.g. `text("pageOf", { title, n, total })`. */
  text(key: LabelKey, values?: Record<string, string | number>): string;
  /** "1 article" / "3 articles", by the language's plural rules. */
  articleCount(n: number): string;
  /** A generated page's path in this language: `/articles/` → `/es/articles/`. */
  path(path: string): string;
}

/** The generated pages' language `lang` of `site`, with its labels from `labelsFor` (which throws for a missing label). */
export function pageLanguage(site: Site, lang: string, labelsFor: (lang: string) => Labels): PageLanguage {
  const labels = labelsFor(lang);
  const plural = new Intl.PluralRules(lang);
  const organization = site.organization.name;
  const text = (key: LabelKey, values: Record<string, string | number> = {}) => fillLabel(labels[key], { organization, ...values });
  return {
    lang,
    site: localSite(site, lang),
    text,
    articleCount: (n) => (plural.select(n) === "one" ? text("articleCountOne", { count: n }) : text("articleCountMany", { count: n })),
    path: (path) => localPath(path, lang, site),
  };
}
