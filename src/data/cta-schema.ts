import { z } from "zod";
import { hrefSchema } from "./fields.ts";

const text = z.string().min(1);
const link = z.strictObject({
  /** Link text, e.g. `Check my coverage`. */
  label: text,
  /** Where it goes, e.g. `/verify-insurance/`. */
  href: hrefSchema,
});

/** A heading, a sentence and one action link. */
const callout = z.strictObject({ title: text, text: text, action: link });

/** Copy and links of the calls to action; a site sets them in `site.cta`, a page overrides parts in front matter `cta`. */
export const ctaSchema = z.strictObject({
  /** Mid-article insurance call-out (`{% insuranceCallout %}`). */
  insurance: callout.default({
    title: "Treatment covered by insurance",
    text: "We work with most PPO plans, and many cover a large part of treatment. Find out what yours covers: it is free and there is no obligation.",
    action: { label: "Check my coverage", href: "/verify-insurance/" },
  }),
  /** Closing call to action after the article (`{% closingCta %}`). */
  closing: callout.default({
    title: "Take the first step",
    text: "Talking to someone is often the hardest part. Our admissions team can answer your questions, check your insurance and help you plan what comes next.",
    action: { label: "Verify my insurance", href: "/verify-insurance/" },
  }),
  /** Free-book sign-up block (`{% bookOffer %}`). */
  book: z
    .strictObject({
      title: text,
      text: text,
      /** What readers find inside, one line each. */
      inside: z.array(text),
    })
    .default({
      title: "Get our free guide to recovery",
      text: "A short, practical book for people starting treatment and the families who support them. Free, sent by e-mail.",
      inside: [
        "Common myths about addiction and treatment",
        "Why you do not have to hit rock bottom first",
        "Steps for healing from trauma, in body and mind",
      ],
    }),
  /** "We're here to help" banner with call and text links (`{% callBanner %}`). */
  callBanner: z
    .strictObject({ title: text, text: text })
    .default({ title: "We're here to help", text: "Call or text us today to talk with our admissions team. Calls are confidential." }),
});

/** Front matter `cta`: any part of any call to action, merged over the site's copy. */
export const ctaOverridesSchema = z.strictObject({
  insurance: ctaSchema.shape.insurance.unwrap().partial().optional(),
  closing: ctaSchema.shape.closing.unwrap().partial().optional(),
  book: ctaSchema.shape.book.unwrap().partial().optional(),
  callBanner: ctaSchema.shape.callBanner.unwrap().partial().optional(),
});

/** Validated call-to-action copy. */
export type Cta = z.output<typeof ctaSchema>;

/** The copy of one call to action: the site's, with the page's overrides on top. */
export function ctaCopy<K extends keyof Cta>(site: Cta, name: K, page?: Partial<Record<K, Partial<Cta[K]>>>): Cta[K] {
  return { ...site[name], ...page?.[name] };
}

/** Front matter or translation `cta`: parts of the calls to action. */
export type CtaOverrides = z.output<typeof ctaOverridesSchema>;

/** `site`'s copy with a language's `translated` copy (`site.translations[lang].cta`) on top, part by part. */
export function localCta(site: Cta, translated?: CtaOverrides): Cta {
  const parts = Object.keys(site) as (keyof Cta)[];
  return Object.fromEntries(parts.map((part) => [part, ctaCopy(site, part, translated)])) as Cta;
}

/** The theme's own copy, in English: `ctaSchema`'s defaults. */
const ENGLISH: Cta = ctaSchema.parse({});

/**
 * Paths (`["insurance", "title"]`) where `cta` still shows the theme's English default text (links aside):
 * on a page in another language, English the site never chose.
 */
export function englishDefaultsIn(cta: Cta): string[][] {
  const found: string[][] = [];
  const walk = (english: unknown, shown: unknown, at: string[]) => {
    if (typeof english === "string") {
      if (english === shown && at.at(-1) !== "href") found.push(at);
    } else if (english && typeof english === "object" && shown && typeof shown === "object") {
      for (const [key, value] of Object.entries(english)) walk(value, (shown as Record<string, unknown>)[key], [...at, key]);
    }
  };
  walk(ENGLISH, cta, []);
  return found;
}
