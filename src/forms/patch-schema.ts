import { z } from "zod";
import { fieldSchema, formSchema, formsSchema, messagesSchema, providerSchema } from "./schema.ts";

/** A site's change to one field, matched by `name`: given keys replace the theme's; a new name adds the field. */
const fieldPatchSchema = fieldSchema.partial().extend({
  name: fieldSchema.shape.name,
  /** Where a new field goes: after the field of this name (default: last). */
  after: z.string().optional(),
});

/** A site's changes to one form. */
const formPatchSchema = z.strictObject({
  submitLabel: formSchema.shape.submitLabel.optional(),
  fields: z.array(fieldPatchSchema).optional(),
  confirmation: formSchema.shape.confirmation.partial().optional(),
});

/** A site's changes to the theme's forms, before merging. */
export const formsPatchSchema = z.strictObject({
  /** Where submissions go. Default `{ type: "custom", endpoint: "/api/forms/" }` (Haven's receiver). */
  provider: providerSchema.optional(),
  /** How long the browser waits for an answer, in milliseconds. Default 15000. */
  timeoutMs: formsSchema.shape.timeoutMs.optional(),
  /** Copy shared by every form, e.g. `{ summaryTitle: "Please check the form" }`. */
  messages: messagesSchema.partial().optional(),
  /** Changes per form, e.g. `{ contact: { submitLabel: "Send" } }`. */
  forms: z
    .strictObject({ contact: formPatchSchema.optional(), "verify-insurance": formPatchSchema.optional(), book: formPatchSchema.optional() })
    .optional(),
});

/** A site's changes to the theme's forms, as written and parsed: not yet merged, so it cannot be rendered. */
export type FormsPatch = z.output<typeof formsPatchSchema>;
/** A site's changes to one form. */
export type FormPatch = z.output<typeof formPatchSchema>;
