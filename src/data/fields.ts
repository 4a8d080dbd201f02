import { z } from "zod";
import { altProblem, srcProblem } from "../images/image-ref.ts";

/** A calendar date, written `2026-03-02` (YAML's own dates are accepted and kept in that form). */
export const isoDateSchema = z.preprocess(
  (value) => (value instanceof Date ? value.toISOString().slice(0, 10) : value),
  z.iso.date({ error: "Expected a date like 2026-03-02" }),
);

/** A link target: an absolute https URL or a site path starting with `/`. */
export const hrefSchema = z.string().regex(/^(https:\/\/|\/)/, {
  error: "Expected an https:// URL or a path starting with /",
});

/** A person credited on a page. */
export const personSchema = z.strictObject({
  /** Full name, e.g. `Dana Whitfield`. */
  name: z.string().min(1),
  /** Post-nominal credentials, e.g. `MD` or `MA, LMFT`. */
  credentials: z.string().optional(),
  /** Profile page, e.g. `/about/#medical-team`. */
  url: hrefSchema.optional(),
});

/** A site path of an image file, e.g. `/img/logo.svg`; never another host (no third-party requests). */
export const imageSrcSchema = z.string().superRefine((src, ctx) => {
  const problem = srcProblem(src);
  if (problem) ctx.addIssue({ code: "custom", message: problem });
});

/** An image file of the site and its text alternative; Haven reads the size from the file. */
export const imageSchema = z
  .strictObject({
    /** Site path of the file in the input folder, e.g. `/img/hero.jpg` (never a third-party host). */
    src: imageSrcSchema,
    /** Text alternative: what the image shows. Write `""` for a decorative image. */
    alt: z.string({ error: 'Required: alt text (write alt: "" for a decorative image)' }),
  })
  .superRefine((image, ctx) => {
    const problem = altProblem(image.src, image.alt);
    if (problem) ctx.addIssue({ code: "custom", path: ["alt"], message: problem });
  });
