import { z } from "zod";
import { WEEKDAYS } from "./weekdays.ts";
import { brandSchema } from "./brand-schema.ts";
import { type Cta, type CtaOverrides, ctaSchema, englishDefaultsIn, localCta } from "./cta-schema.ts";
import { hrefSchema, imageSchema } from "./fields.ts";
import { langSchema } from "./locale.ts";
import { folderOf, languageAssistanceSchema, languagesSchema, translationEntry, translationsSchema } from "./languages-schema.ts";
import { phoneSchema } from "./phone.ts";

const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Expected a 24-hour time like 08:30" });

/** A postal address. */
export const addressSchema = z.strictObject({
  /** e.g. `1400 Example Parkway, Suite 200` */
  street: z.string().min(1),
  /** City, e.g. `Tustin` */
  locality: z.string().min(1),
  /** State or region code, e.g. `CA` */
  region: z.string().min(1),
  /** e.g. `92780` */
  postalCode: z.string().min(1),
  /** ISO 3166 country code, e.g. `US` */
  country: z.string().length(2),
});

/** Opening hours, e.g. `[{ days: ["Monday", "Friday"], opens: "08:00", closes: "18:00" }]`. */
export const hoursSchema = z.array(z.strictObject({ days: z.array(z.enum(WEEKDAYS)).min(1), opens: time, closes: time })).default([]);

/** One clinic of a group, with its own page at `/locations/{id}/`. */
export const locationSchema = z.strictObject({
  /** URL segment, e.g. `tustin`. */
  id: z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, { error: "Expected lowercase letters, digits and hyphens, like tustin" }),
  /** Public name, e.g. `Cedar Hollow Recovery, Tustin`. */
  name: z.string().min(1),
  /** One or two sentences about this location, shown on its page. */
  description: z.string().min(1).optional(),
  address: addressSchema,
  hours: hoursSchema,
  /** This location's numbers in E.164 form; `text` is optional. */
  phones: z.strictObject({ call: phoneSchema, text: phoneSchema.optional() }),
  /** Names of the insurers of `_data/insurers.ts` accepted here; default all of them. */
  insurers: z.array(z.string().min(1)).optional(),
});

/** The home page's own copy. */
export const homeSchema = z.strictObject({
  /** The home page's `h1`; default the organization's name. */
  title: z.string().min(1).optional(),
  /** Introduction in markdown, e.g. who the organization helps and how. */
  intro: z.string().min(1).optional(),
  /** The primary call to action; default "Verify my insurance" to `verifyInsuranceUrl`. */
  action: z.strictObject({ label: z.string().min(1), href: hrefSchema }).optional(),
  /** How many of the newest articles the home page lists. Default 5. */
  latest: z.number().int().min(0).max(50).default(5),
});

/** The organization behind the site. */
export const organizationSchema = z.strictObject({
  /** schema.org type, e.g. `MedicalClinic`. Default `MedicalOrganization`. */
  type: z.enum(["MedicalOrganization", "MedicalClinic", "Hospital", "Physician"]).default("MedicalOrganization"),
  /** Public name, e.g. `Cedar Hollow Recovery`. */
  name: z.string().min(1),
  /** Logo shown in the header and used in structured data. */
  logo: imageSchema.optional(),
  /** Postal address shown in the footer. */
  address: addressSchema,
  hours: hoursSchema,
  /** Profiles elsewhere, e.g. `https://www.linkedin.com/company/example`. */
  sameAs: z.array(z.url({ protocol: /^https$/ })).default([]),
});

/** Everything a Haven site says about itself, validated from `_data/site.ts`. */
export const siteSchema = z.strictObject({
  /** Absolute URL of the deployed site, e.g. `https://www.cedarhollow.example`; canonical URLs start here. */
  url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, "")),
  /**
   * Language of the pages, a BCP 47 tag, e.g. `en-US`, `es-419`, `zh-Hant-TW`; `og:locale` is derived from it.
   * In templates it is the page's own language (`es-US` under `es/`); the default is `languages[0]` when set.
   */
  lang: langSchema.default("en-US"),
  /** The site's languages, first the default, e.g. `["en-US", "es-US"]`; another language's pages live in its folder (`es/`). */
  languages: languagesSchema,
  /** The site's copy (navigation, crisis message, calls to action, home) in its other languages, by language subtag. */
  translations: translationsSchema,
  /** Language-assistance taglines shown in the footer, each marked with its language (and direction). Haven writes none. */
  languageAssistance: languageAssistanceSchema,
  /** Who runs the site: name, address, hours; also the structured data's organization node. */
  organization: organizationSchema,
  /** Numbers in E.164 form, `call` with an optional extension (`+17145550123 ext. 45`); `call` backs every `tel:` link, `text` every `sms:` link. */
  phones: z.strictObject({ call: phoneSchema, text: phoneSchema }),
  /** Header navigation, e.g. `[{ label: "Articles", href: "/" }]`. */
  navigation: z.array(z.strictObject({ label: z.string().min(1), href: hrefSchema })).default([]),
  /** Where "Verify insurance" links go. */
  verifyInsuranceUrl: hrefSchema.default("/verify-insurance/"),
  /** The crisis line shown on health articles and in the footer. */
  crisisLine: z.strictObject({
    /** Short code or E.164 number, e.g. `988`. */
    phone: phoneSchema,
    /** The notice, e.g. `If you are in crisis or thinking about suicide, call or text 988.` */
    message: z.string().min(1),
  }),
  /** Brand colours; the build fails if one is below WCAG AA contrast where the theme uses it. */
  brand: brandSchema.prefault({}),
  /** Copy and links of the calls to action; every part has a default. */
  cta: ctaSchema.prefault({}),
  /** The generated home page's introduction and primary call to action. */
  home: homeSchema.prefault({}),
  /** The clinics of a group, each with its own page; listed in the footer. */
  locations: z
    .array(locationSchema)
    .default([])
    .refine((all) => new Set(all.map((l) => l.id)).size === all.length, { error: "Expected each location id once" }),
  /** Months after which an article's `lastReviewed` is due again (`npm run review-report`). Default 12. */
  reviewInterval: z.number().int().min(1).max(120).default(12),
}).transform(withLanguages);

/** The site's languages, the default first: `languages` when set, else `[lang]`. */
export function siteLanguages(site: { lang: string; languages?: string[] }): string[] {
  return site.languages ?? [site.lang];
}

/** Only the languages of `_data/site.ts`, for code that reads the data without building (the receiver); the build reports the rest. */
export const siteLanguagesSchema = z.object({ lang: langSchema.default("en-US"), languages: languagesSchema }).transform(siteLanguages);

/** `lang` is the first of `languages`, `languages` at least `[lang]`; each translation names one of them. */
function withLanguages<S extends LanguagesPart>(site: S, ctx: z.RefinementCtx) {
  const languages = siteLanguages(site);
  const folders = languages.map(folderOf);
  for (const key of Object.keys(site.translations)) {
    if (!folders.includes(folderOf(key)) || folderOf(key) === folders[0]) {
      ctx.addIssue({ code: "custom", path: ["translations", key], message: `Expected one of the site's other languages (${folders.slice(1).join(", ") || "none: set languages"})` });
    }
  }
  englishCta(site, languages, ctx);
  return { ...site, lang: languages[0], languages };
}

type LanguagesPart = { lang: string; languages?: string[]; cta: Cta; translations: Record<string, { cta?: CtaOverrides }> };

/**
 * A language other than English whose calls to action would show the theme's English defaults fails,
 * naming the field to give (`translations.es-US.cta.book.title`): never English on a page in another language.
 */
function englishCta(site: LanguagesPart, languages: string[], ctx: z.RefinementCtx) {
  for (const [i, lang] of languages.entries()) {
    if (folderOf(lang) === "en") continue;
    const key = translationEntry(site.translations, lang) ?? lang;
    const cta = i === 0 ? site.cta : localCta(site.cta, site.translations[key]?.cta);
    for (const at of englishDefaultsIn(cta)) {
      const path = i === 0 ? ["cta", ...at] : ["translations", key, "cta", ...at];
      ctx.addIssue({ code: "custom", path, message: `Expected ${lang} copy: this is the theme's English default` });
    }
  }
}

/** The validated site data templates receive. */
export type Site = z.output<typeof siteSchema>;
/** What a site writes in `_data/site.ts`. */
export type SiteInput = z.input<typeof siteSchema>;
