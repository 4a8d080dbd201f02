import { z } from "zod";
import { ctaOverridesSchema } from "./cta-schema.ts";
import { hrefSchema } from "./fields.ts";
import { langSchema } from "./locale.ts";

/**
 * The site's languages, BCP 47 tags, the first the default, e.g. `["en-US", "es-US"]`. Pages of the default
 * language are at the site's root; pages of another live in the folder named by its language subtag (`es/`).
 */
export const languagesSchema = z
  .array(langSchema)
  .min(1)
  .refine((tags) => new Set(tags.map(folderOf)).size === tags.length, { error: "Expected each language once (one per language subtag: en-US and en-GB cannot share en/)" })
  .optional();

/** The URL folder of a language's pages: its language subtag, `es-US` → `es`. */
export function folderOf(lang: string): string {
  return lang.split("-")[0].toLowerCase();
}

/** The key of `translations` that holds `lang`'s copy: the whole tag (`es-US`), else its subtag (`es`); undefined when there is none. */
export function translationEntry(translations: Record<string, unknown>, lang: string): string | undefined {
  return [lang, folderOf(lang)].find((key) => key in translations);
}

/**
 * One language-assistance tagline (ACA Section 1557), the site's own text, e.g.
 * `{ lang: "es", text: "ATENCIÓN: si habla español, tiene a su disposición servicios gratuitos de asistencia lingüística. Llame al …" }`.
 */
export const languageAssistanceSchema = z.array(z.strictObject({ lang: langSchema, text: z.string().min(1) })).default([]);

/** The site's own copy in one of its other languages; anything left out is the default language's. */
export const translationSchema = z.strictObject({
  /** Header navigation in this language, e.g. `[{ label: "Artículos", href: "/es/" }]`. */
  navigation: z.array(z.strictObject({ label: z.string().min(1), href: hrefSchema })).optional(),
  /** Where "Verify insurance" links go on this language's pages, e.g. `/es/verificar-seguro/`. */
  verifyInsuranceUrl: hrefSchema.optional(),
  /** The crisis notice in this language. */
  crisisLine: z.strictObject({ message: z.string().min(1) }).optional(),
  /** The calls to action's copy in this language, part by part. */
  cta: ctaOverridesSchema.optional(),
  /** The generated home page's title, introduction and action in this language. */
  home: z.strictObject({ title: z.string().min(1).optional(), intro: z.string().min(1).optional(), action: z.strictObject({ label: z.string().min(1), href: hrefSchema }).optional() }).optional(),
});

/** `site.translations`: per language subtag or tag of `site.languages`, e.g. `{ es: { navigation: […] } }`. */
export const translationsSchema = z.record(z.string().min(2), translationSchema).default({});
