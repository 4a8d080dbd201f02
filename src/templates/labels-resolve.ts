import type { UserConfig } from "../eleventy-types.ts";
import { LABEL_TABLES, type LabelKey, type Labels } from "./labels.ts";

/** What a site sets with the `labels` option, by language tag. */
export type LabelOverrides = Record<string, Partial<Record<LabelKey, string>>>;

// Keys Nunjucks and JavaScript look up on any object; asking for them is not asking for a label.
const PROBES = new Set(["then", "toJSON", "__keywords", "length", "constructor", "valueOf", "toString"]);

/**
 * Creates the label lookup of one plugin instance: `labelsFor("en-US")` is the table of the language
 * (exact tag, else its primary subtag, else English) with the site's overrides for that language on top.
 * Reading a key the table does not have throws, naming the key, instead of printing nothing.
 */
export function createLabels(overrides: LabelOverrides = {}): (lang: string) => Labels {
  const resolved = new Map<string, Labels>();
  return (lang) => {
    let labels = resolved.get(lang);
    if (!labels) {
      const primary = lang.split("-")[0].toLowerCase();
      const table = { ...(LABEL_TABLES[lang] ?? LABEL_TABLES[primary] ?? LABEL_TABLES.en), ...overrides[primary], ...overrides[lang] };
      resolved.set(lang, (labels = strict(table, lang)));
    }
    return labels;
  };
}

function strict(table: Labels, lang: string): Labels {
  return new Proxy(Object.freeze(table), {
    get(target, key) {
      if (typeof key === "symbol" || key in target || PROBES.has(key)) return target[key as LabelKey];
      throw new Error(`Haven: no label "${key}" for language ${lang}; the labels are ${Object.keys(target).join(", ")}`);
    },
  });
}

/** Registers `havenLabels`: `{% set L = site.lang | havenLabels %}` gives a partial its page's labels. */
export function registerLabels(eleventyConfig: UserConfig, overrides: LabelOverrides): (lang: string) => Labels {
  const labelsFor = createLabels(overrides);
  eleventyConfig.addFilter("havenLabels", (lang: string | undefined) => labelsFor(lang ?? "en"));
  return labelsFor;
}
