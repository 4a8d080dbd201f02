import { z } from "zod";
import { altProblem, srcProblem } from "../images/image-ref.ts";

/** A link target: an absolute https URL or a site path starting with `/`. */
export const hrefSchema = z.string().regex(/^(https:\/\/|\/)/, {
  error: "Expected an https:// URL or a path starting with /",
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
