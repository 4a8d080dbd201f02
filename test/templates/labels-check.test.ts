import { describe, expect, it } from "vitest";
import { checkSiteLabels } from "../../src/templates/labels-check.ts";
import { createLabels } from "../../src/templates/labels-resolve.ts";
import type { CheckedSite } from "../../src/validate/check-site.ts";

const checked = (site: object): CheckedSite => ({ data: { site: { file: "content/_data/site.ts", value: site } }, articles: [] });

describe("checkSiteLabels", () => {
  it("names the site file, the field and the language of each language without its labels", () => {
    const labels = createLabels({});
    expect(() => checkSiteLabels(checked({ lang: "en-US", languages: ["en-US", "fr-FR", "de-DE"] }), labels)).toThrow(
      /site\.ts: languages\[1\] "fr-FR": no label "\w+" for language fr-FR[\s\S]*site\.ts: languages\[2\] "de-DE": no label/,
    );
  });
  it("checks `lang` when the site lists no languages, and passes a language the labels option completes", () => {
    const labels = createLabels({});
    expect(() => checkSiteLabels(checked({ lang: "ja-JP" }), labels)).toThrow(/site\.ts: lang "ja-JP": no label/);
    expect(() => checkSiteLabels(checked({ lang: "es-MX", languages: ["es-MX", "en-GB"] }), labels)).not.toThrow();
  });
});
