import { z } from "zod";
import { ctaOverridesSchema } from "./cta-schema.ts";
import { imageSchema, isoDateSchema, personSchema } from "./fields.ts";
import { personIdSchema } from "./people-schema.ts";

/** Eleventy's own front matter keys, allowed in an article; they often come from directory data instead. */
const eleventyKeys = {
  layout: z.string().optional(),
  permalink: z.union([z.string(), z.literal(false)]).optional(),
  tags: z.union([z.string(), z.array(z.string())]).optional(),
  eleventyExcludeFromCollections: z.boolean().optional(),
};
/** The names of Eleventy's own keys in `articleSchema`. */
export const ELEVENTY_KEYS = Object.keys(eleventyKeys);

/** Front matter of a health article (`articles/*.md`); unknown keys are reported as typos. */
export const articleSchema = z
  .strictObject({
    /** The page's one `h1`, e.g. `Understanding Ketamine Therapy`. */
    title: z.string().min(1),
    /** Summary for search results and link previews, at most 160 characters. */
    description: z.string().min(1).max(160),
    /** First publication, e.g. `2026-03-02`. */
    datePublished: isoDateSchema,
    /** Last meaningful change, e.g. `2026-10-14`; not before `datePublished`. */
    dateModified: isoDateSchema,
    /** Date of the last medical review, e.g. `2026-10-01`. */
    lastReviewed: isoDateSchema,
    /** Who wrote it: a person id from `_data/people.ts` (e.g. `dana-whitfield`) or `{ name, credentials, url }`. */
    author: z.union([personIdSchema, personSchema]),
    /** The clinician who reviewed it, shown as "Medically reviewed by": a person id or `{ name, credentials, url }`. */
    reviewedBy: z.union([personIdSchema, personSchema.extend({ credentials: z.string().min(1) })]),
    /** Questions and markdown answers, shown as the FAQ section. */
    faq: z.array(z.strictObject({ question: z.string().min(1), answer: z.string().min(1) })).default([]),
    /** Works the article draws on, e.g. `{ title, publisher, url, year: 2018 }`. */
    sources: z
      .array(
        z.strictObject({
          title: z.string().min(1),
          publisher: z.string().min(1),
          url: z.url({ protocol: /^https?$/ }),
          year: z.number().int().min(1800).max(2100),
        }),
      )
      .default([]),
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
    /** Lead image for link previews and structured data. */
    image: imageSchema.optional(),
    /** Keep the page out of search engines and the sitemap. */
    noindex: z.boolean().default(false),
    ...eleventyKeys,
  })
  .refine((a) => a.dateModified >= a.datePublished, {
    path: ["dateModified"],
    error: "Expected a date on or after datePublished",
  });

/** A validated article's front matter. */
export type Article = z.output<typeof articleSchema>;
