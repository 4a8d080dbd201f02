/** Scripts written right to left (ISO 15924), for runtimes without `Intl.Locale` text info. */
const RTL_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"]);

type TextInfo = { direction?: "ltr" | "rtl" };

/**
 * The writing direction of a BCP 47 language: a script the tag names (`az-Arab`) against a list of right-to-left
 * scripts, since V8's text info looks at the language only; else `Intl.Locale`'s text info (`getTextInfo()`, or
 * the older `textInfo` getter of Node 20) where the runtime has it; else the likely script (CLDR likely subtags
 * via `maximize()`). `ar`, `fa`, `he`, `ur`, `az-Arab` → `rtl`; `es`, `vi`, `az` → `ltr`.
 */
export function textDirection(lang: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
  if (locale.script) return RTL_SCRIPTS.has(locale.script) ? "rtl" : "ltr";
  const info = typeof locale.getTextInfo === "function" ? locale.getTextInfo() : locale.textInfo;
  if (info?.direction) return info.direction;
  return RTL_SCRIPTS.has(locale.maximize().script ?? "") ? "rtl" : "ltr";
}
