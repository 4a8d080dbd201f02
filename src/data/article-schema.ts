import { z } from "zod";
import { ctaOverridesSchema } from "./cta-schema.ts";
import { creditsSchema } from "./credit-schema.ts";
import { hrefSchema, imageSchema } from "./fields.ts";
import { writtenDate, writtenDateSchema } from "./written-date.ts";

/** Eleventy's own front matter keys, allowed in an article; they often come from directory data instead. */
const eleventyKeys = {
  layout: z.string().optional(),
  permalink: z.union([z.string(), z.literal(false)]).optional(),
  tags: z.union([z.string(), z.array(z.string())]).optional(),
  eleventyExcludeFromCollections: z.boolean().optional(),
};
/** The names of Eleventy's own keys in `articleSchema`. */
export const ELEVENTY_KEYS = Object.keys(eleventyKeys);

/** A work the article cites; only its title and publisher are required (a source without `url` is shown as text). */
const sourceSchema = z.strictObject({
  /** e.g. `Mental Health Medications`. */
  title: z.string().min(1),
  /** e.g. `National Institute of Mental Health`. */
  publisher: z.string().min(1),
  /** Where to read it, e.g. `https://www.nimh.nih.gov/health/topics/mental-health-medications`. */
  url: z.url({ protocol: /^https?$/ }).optional(),
  /** Year of publication, e.g. `2023`. */
  year: z.number().int().min(1800).max(2100).optional(),
  /** Digital Object Identifier, e.g. `10.1176/appi.ajp.2016.16040465` (linked through https://doi.org/). */
  doi: z.string().regex(/^10\.\d{4,9}\/\S+$/, { error: "Expected a DOI like 10.1176/appi.ajp.2016.16040465" }).optional(),
});

/** The article's fields; `articleSchema` adds the rules between them. */
const articleFields = z.strictObject({
  /** The page's one `h1`, e.g. `Understanding Ketamine Therapy`. */
  title: z.string().min(1),
  /** Summary for search results and link previews, at most 160 characters. */
  description: z
    .string()
    .min(1)
    .max(160, { error: (issue) => `${String(issue.input).length} characters; at most 160` }),
  /** First publication: `2026-03-02`, `2026-03`, or a timestamp with its offset. */
  datePublished: writtenDateSchema,
  /** Last meaningful change, not before `datePublished`; defaults to `datePublished`. */
  dateModified: writtenDateSchema.optional(),
  /** Date of the last medical review, e.g. `2023-12` (shown "December 2023") or `2026-10-01`. */
  lastReviewed: writtenDateSchema.optional(),
  /** Who wrote it: a Person (default) or an Organization, or a list of them. */
  author: creditsSchema,
  /** Who medically reviewed it, shown as "Medically reviewed by"; optional unless the site sets `requireMedicalReview`. */
  reviewedBy: creditsSchema.optional(),
  /** The work this page is adapted from, e.g. `{ name: Mental Health Medications, url: https://… }`: "Adapted from …" and `isBasedOn`. */
  basedOn: z.strictObject({ name: z.string().min(1), url: hrefSchema.optional() }).optional(),
  /** Questions and markdown answers, shown as the FAQ section. */
  faq: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).default([]),
  /** Works the article draws on, e.g. `{ title, publisher, url, year: 2018, doi }`. */
  sources: z.array(sourceSchema).default([]),
  /** Main topic, shown above the title and first in the topic pages, e.g. `Mental health`. */
  category: z.string().min(1).optional(),
  /** Further topics the article is listed under, e.g. `[Depression, Family support]`. */
  topics: z.array(z.string().min(1)).default([]),
  /** What the article is about, for structured data (MedicalWebPage `about`), e.g. `[Ketamine, Depression]`. */
  about: z.array(z.string().min(1)).default([]),
  /** Who it is written for, for structured data (MedicalWebPage `audience`), e.g. `Patients and families`. */
  audience: z.string().min(1).optional(),
  /** `top` also shows the crisis-line notice above the article (for articles about suicidal thoughts); it is always in the footer. */
  crisisNotice: z.enum(["top", "footer"]).default("footer"),
  /** This page's changes to the calls to action, e.g. `{ closing: { title: "Start ketamine therapy" } }`. */
  cta: ctaOverridesSchema.optional(),
  /** Shows the free-book offer after the article; set it in a folder's data file to offer it on a whole topic. Its copy is `cta.book`. */
  bookOffer: z.boolean().default(false),
  /** Lead image for link previews and structured data. */
  image: imageSchema.optional(),
  /** Names the page's translations: the pages of the site's other languages with the same key, e.g. `ketamine-therapy`. */
  translationKey: z.string().min(1).optional(),
  /** Keep the page out of search engines and the sitemap. */
  noindex: z.boolean().default(false),
  ...eleventyKeys,
});

/** The names of every field an article's front matter may have. */
export const ARTICLE_KEYS = Object.keys(articleFields.shape);

/** Front matter of a health article (`articles/*.md`); unknown keys are reported as typos. */
export const articleSchema = articleFields
  // Compared on the calendar part both dates share, so `2026-03` is not "before" `2026-03-15`.
  .refine((a) => !a.dateModified || !isBefore(a.dateModified, a.datePublished), {
    path: ["dateModified"],
    error: "Expected a date on or after datePublished",
  })
  .transform((a) => ({ ...a, dateModified: a.dateModified ?? a.datePublished }));

function isBefore(later: string, earlier: string): boolean {
  const length = Math.min(writtenDate(later).date.length, writtenDate(earlier).date.length);
  return writtenDate(later).date.slice(0, length) < writtenDate(earlier).date.slice(0, length);
}

/** A validated source of an article. */
export type Source = z.output<typeof sourceSchema>;

/** A validated article's front matter, `dateModified` filled in. */
export type Article = z.output<typeof articleSchema>;
