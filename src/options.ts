import { z } from "zod";
import { labelsOptionSchema } from "./templates/labels.ts";

/** Options a site passes to `addPlugin(haven, { … })`; every field has a default. */
export const optionsSchema = z.strictObject({
  /** Folder inside the input folder whose markdown files are health articles. Default `articles`. */
  articlesDir: z.string().min(1).default("articles"),
  /** The site's own CSS files, e.g. `["content/styles/site.css"]`, processed and inlined after the theme's. */
  stylesheets: z.array(z.string().min(1)).default([]),
  /** Folder that keeps the compiled CSS between builds, keyed by its source and the CSS tools' versions. Default `.cache/haven-css`. */
  cssCacheDir: z.string().min(1).default(".cache/haven-css"),
  /** Folder that keeps processed images between builds, so a rebuild re-encodes nothing. Default `.cache/haven-img`. */
  imageCacheDir: z.string().min(1).default(".cache/haven-img"),
  /** Every article must name its medical reviewer (`reviewedBy`) and review date (`lastReviewed`); a missing one fails the build. Default `false`. */
  requireMedicalReview: z.boolean().default(false),
  /** Heading levels listed in each article's table of contents. Default 2 to 3. */
  toc: z
    .strictObject({
      /** Highest heading level listed, e.g. `2` for H2. */
      minLevel: z.number().int().min(2).max(6).default(2),
      /** Lowest heading level listed, e.g. `3` for H3. */
      maxLevel: z.number().int().min(2).max(6).default(3),
    })
    .refine((toc) => toc.minLevel <= toc.maxLevel, {
      path: ["minLevel"],
      error: "Expected minLevel at most maxLevel (e.g. { minLevel: 2, maxLevel: 3 }); the table of contents would be empty",
    })
    .prefault({}),
  /**
   * The theme's interface text by language tag, e.g. `{ en: { faqTitle: "Common questions" } }`: any key of
   * `src/templates/labels.ts`, for pages whose `site.lang` is that language (`en` covers `en-US`).
   */
  labels: labelsOptionSchema.default({}),
  /** Articles per page of the article index and of each topic's listing. Default 10. */
  pageSize: z.number().int().min(1).max(100).default(10),
  /** Articles listed as related at the end of each article; `0` shows none. Default 3. */
  relatedArticles: z.number().int().min(0).max(12).default(3),
  /**
   * Pages the plugin generates; `false` switches one off. A site page with the same URL always
   * replaces the generated one, e.g. `content/index.njk` replaces the home page.
   */
  pages: z
    .strictObject({
      /** `/`: introduction, primary call to action, latest articles and topics. */
      home: z.boolean().default(true),
      /** `/articles/`, `/articles/page/2/`, …: every article, newest first. */
      articles: z.boolean().default(true),
      /** `/topics/` and `/topics/{topic}/`, paginated: articles by `category` and `topics`. */
      topics: z.boolean().default(true),
      /** `/people/{id}/`: a profile page per person of `_data/people.ts`. */
      people: z.boolean().default(true),
      /** `/locations/{id}/`: a page per location of `site.locations`. */
      locations: z.boolean().default(true),
      /** `/thank-you/{form}/`: where each form sends visitors without JavaScript. */
      thankYou: z.boolean().default(true),
      /** `/feed.xml`: the Atom feed of articles. */
      feed: z.boolean().default(true),
    })
    .prefault({}),
});

/** What a site may pass. */
export type HavenOptionsInput = z.input<typeof optionsSchema>;
/** Options with defaults filled in. */
export type HavenOptions = z.output<typeof optionsSchema>;
