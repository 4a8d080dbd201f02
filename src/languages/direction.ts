/** Scripts written right to left (ISO 15924), for runtimes without `Intl.Locale` text info. */
const RTL_SCRIPTS = new Set(["Adlm", "Arab", "Hebr", "Mand", "Mend", "Nkoo", "Rohg", "Samr", "Syrc", "Thaa", "Yezi"]);

type TextInfo = { direction?: "ltr" | "rtl" };

/**
 * The writing direction of a BCP 47 language: `Intl.Locale`'s text info (`getTextInfo()`, or the older
 * `textInfo` getter of Node 20) where the runtime has it, else the likely script (CLDR likely subtags via
 * `maximize()`) against a list of right-to-left scripts. `ar`, `fa`, `he`, `ur` → `rtl`; `es`, `vi` → `ltr`.
 */
export function textDirection(lang: string): "ltr" | "rtl" {
  const locale = new Intl.Locale(lang) as Intl.Locale & { getTextInfo?: () => TextInfo; textInfo?: TextInfo };
  const info = typeof locale.getTextInfo === "function" ? locale.getTextInfo() : locale.textInfo;
  if (info?.direction) return info.direction;
  return RTL_SCRIPTS.has(locale.maximize().script ?? "") ? "rtl" : "ltr";
}
