import { z } from "zod";

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

/** An image with its intrinsic size, so the page never shifts while it loads. */
export const imageSchema = z.strictObject({
  /** Site path of the file, e.g. `/img/logo.svg` (never a third-party host). */
  src: z.string().regex(/^\//, { error: "Expected a site path starting with / (no third-party hosts)" }),
  /** Text alternative; empty only for decoration. */
  alt: z.string(),
  /** Intrinsic width in pixels. */
  width: z.number().int().positive(),
  /** Intrinsic height in pixels. */
  height: z.number().int().positive(),
});
