import type { UserConfig } from "../eleventy-types.ts";
import { LABEL_KEYS, LABEL_TABLES, type LabelKey, type Labels } from "./labels.ts";

/** What a site sets with the `labels` option, by language tag. */
export type LabelOverrides = Record<string, Partial<Record<LabelKey, string>>>;

// Keys Nunjucks and JavaScript look up on any object; asking for them is not asking for a label.
const PROBES = new Set(["then", "toJSON", "__keywords", "length", "constructor", "valueOf", "toString"]);

/**
 * Creates the label lookup of one plugin instance: `labelsFor("es-US")` is the theme's table of the language
 * (exact tag, else its primary subtag) with the site's overrides for the subtag, then the tag, on top. Never
 * another language's text: a language missing any key throws, naming the key and the language; so does
 * reading a key the table does not have.
 */
export function createLabels(overrides: LabelOverrides = {}): (lang: string) => Labels {
  const resolved = new Map<string, Labels>();
  return (lang) => {
    let labels = resolved.get(lang);
    if (!labels) {
      const primary = lang.split("-")[0].toLowerCase();
      const table = { ...(LABEL_TABLES[lang] ?? LABEL_TABLES[primary]), ...overrides[primary], ...overrides[lang] };
      const missing = LABEL_KEYS.filter((key) => typeof table[key] !== "string");
      if (missing.length) throw new MissingLabelsError(missingMessage(missing, lang, primary));
      resolved.set(lang, (labels = strict(table as Labels, lang)));
    }
    return labels;
  };
}

/** A language the theme's tables and the `labels` option do not fully cover; `detail` says which keys and how to give them. */
export class MissingLabelsError extends Error {
  constructor(readonly detail: string) {
    super(`Haven: ${detail}`);
    this.name = "MissingLabelsError";
  }
}

function missingMessage(missing: LabelKey[], lang: string, primary: string): string {
  const shown = missing.slice(0, 5).join(", ") + (missing.length > 5 ? ` and ${missing.length - 5} more` : "");
  return (
    `no label "${missing[0]}" for language ${lang} (missing: ${shown}). Haven ships ${Object.keys(LABEL_TABLES).join(" and ")}; ` +
    `give the others with the plugin's labels option where eleventy.config.ts adds Haven, e.g. ` +
    `addPlugin(haven, { labels: { ${primary}: { ${missing[0]}: "…" } } }) (each key with its English text: dist/templates/labels.js in the package)`
  );
}

function strict(table: Labels, lang: string): Labels {
  return new Proxy(Object.freeze(table), {
    get(target, key) {
      if (typeof key === "symbol" || key in target || PROBES.has(key)) return target[key as LabelKey];
      throw new Error(`Haven: no label "${key}" for language ${lang}; the labels are ${Object.keys(target).join(", ")}`);
    },
  });
}

/** Registers `havenLabels`: `{% set L = site.lang | havenLabels %}` gives a partial its page's labels (`site.lang` is the page's language). */
export function registerLabels(eleventyConfig: UserConfig, overrides: LabelOverrides): (lang: string) => Labels {
  const labelsFor = createLabels(overrides);
  eleventyConfig.addFilter("havenLabels", (lang: string | undefined) => labelsFor(lang ?? "en"));
  return labelsFor;
}
