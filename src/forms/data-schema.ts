import { z } from "zod";
import { DEFAULT_FORMS } from "./defaults.ts";
import { mergeForms } from "./merge.ts";
import { formsPatchSchema } from "./patch-schema.ts";
import { type Forms, formsSchema } from "./schema.ts";

/**
 * `_data/forms.ts`: a site's changes to the theme's forms (a `FormsPatch`), merged over the defaults and then
 * checked whole, giving the resolved `Forms`. Optional: without the file the theme's forms are used as they are.
 * Parse a patch exactly once: the resolved forms are not a patch, and merging them again reorders added fields.
 */
export const formsDataSchema = formsPatchSchema
  .optional()
  .transform((data, ctx) => {
    const merged = mergeForms(DEFAULT_FORMS, data ?? {});
    for (const problem of merged.problems) ctx.issues.push({ code: "custom", input: data, ...problem });
    return merged.forms;
  })
  .pipe(formsSchema);

/** What a site writes in `_data/forms.ts`. */
export type FormsInput = z.input<typeof formsDataSchema>;

/** Merges a site's forms patch (or none) over the theme's forms and checks the result; throws a ZodError. */
export function parseForms(patch: unknown): Forms {
  return formsDataSchema.parse(patch);
}
