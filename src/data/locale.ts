import { z } from "zod";

/**
 * A BCP 47 language tag (`en-US`, `es-419`, `zh-Hant-TW`), checked and put in canonical case by `Intl`
 * (`en-us` → `en-US`). The language is an ISO 639 code of two or three letters, not `und`.
 */
export const langSchema = z.string().transform((value, ctx) => {
  const tag = canonicalTag(value);
  if (tag) return tag;
  ctx.addIssue({ code: "custom", message: `Expected a BCP 47 language tag like en-US, es-419 or zh-Hant-TW; got "${value}"` });
  return z.NEVER;
});

function canonicalTag(value: string): string | undefined {
  try {
    const [tag] = Intl.getCanonicalLocales(value);
    const { language } = new Intl.Locale(tag);
    return /^[a-z]{2,3}$/.test(language) && language !== "und" ? tag : undefined;
  } catch {
    return undefined; // RangeError: not a well-formed tag
  }
}

/**
 * Open Graph's `og:locale` (`language_TERRITORY`) for a BCP 47 tag, the territory filled in by
 * `Intl.Locale.maximize()` (CLDR's likely subtags) when the tag has none: `en` → `en_US`, `es` → `es_ES`,
 * `zh-Hant-TW` → `zh_TW`. Undefined when the territory is not a country (`es-419`, Latin America).
 */
export function ogLocale(lang: string): string | undefined {
  const { language, region } = new Intl.Locale(lang).maximize();
  return region && /^[A-Z]{2}$/.test(region) ? `${language}_${region}` : undefined;
}
