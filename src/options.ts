import { z } from "zod";

/** Options a site passes to `addPlugin(haven, { … })`; every field has a default. */
export const optionsSchema = z.strictObject({
  /** Folder inside the input folder whose markdown files are health articles. Default `articles`. */
  articlesDir: z.string().min(1).default("articles"),
  /** The site's own CSS files, e.g. `["content/styles/site.css"]`, processed and inlined after the theme's. */
  stylesheets: z.array(z.string().min(1)).default([]),
  /** Folder that keeps processed images between builds, so a rebuild re-encodes nothing. Default `.cache/haven-img`. */
  imageCacheDir: z.string().min(1).default(".cache/haven-img"),
  /** Heading levels listed in each article's table of contents. Default 2 to 3. */
  toc: z
    .strictObject({
      /** Highest heading level listed, e.g. `2` for H2. */
      minLevel: z.number().int().min(2).max(6).default(2),
      /** Lowest heading level listed, e.g. `3` for H3. */
      maxLevel: z.number().int().min(2).max(6).default(3),
    })
    .prefault({}),
});

/** What a site may pass. */
export type HavenOptionsInput = z.input<typeof optionsSchema>;
/** Options with defaults filled in. */
export type HavenOptions = z.output<typeof optionsSchema>;
