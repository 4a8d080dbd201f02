import { z } from "zod";
import { hrefSchema } from "../data/fields.ts";
import { autocompleteSchema } from "./autocomplete.ts";

const text = z.string().min(1);

/** The forms Haven ships, by id; the id is also the last part of the custom provider's action URL. */
export const FORM_IDS = ["contact", "verify-insurance", "book"] as const;
export type FormId = (typeof FORM_IDS)[number];

/** One field of a form. No defaults here, so a site's partial field merges over the theme's without resetting it. */
export const fieldSchema = z.strictObject({
  /** The name it is posted under, e.g. `memberId`; never clashes with the forms' own `_gotcha`, `_page`, `form-name`. */
  name: z.string().regex(/^[a-zA-Z][a-zA-Z0-9_]*$/, { error: "Expected a name of letters, digits and _, like memberId" }),
  /** Visible label; for radios the group's legend. */
  label: text,
  /** `text`, `email`, `tel`, `date`, `textarea`, `select`, `radio` or `checkbox`. */
  type: z.enum(["text", "email", "tel", "date", "textarea", "select", "radio", "checkbox"]),
  /** Must be filled in (checked, for a checkbox); shown as "(required)". */
  required: z.boolean().optional(),
  /** Required only while another field has one of these values, e.g. `{ field: "contactMethod", values: ["phone"] }`. */
  requiredWhen: z.strictObject({ field: text, values: z.array(text).min(1) }).optional(),
  /** Checkboxes: the legend of the fieldset around it, e.g. `Consent`. */
  legend: text.optional(),
  /** Help text under the label, tied to the field with aria-describedby. */
  hint: text.optional(),
  /** Autofill token, e.g. `name`, `email`, `tel`, `bday`, `off`. */
  autocomplete: autocompleteSchema.optional(),
  /** Virtual keyboard, e.g. `numeric`. */
  inputmode: z.enum(["text", "numeric", "decimal", "tel", "email", "url", "search", "none"]).optional(),
  /** `false` for names and ID numbers that a spell checker would mark. */
  spellcheck: z.boolean().optional(),
  /** Most characters allowed. */
  maxLength: z.int().min(1).max(20_000).optional(),
  /** A regular expression (JavaScript, `u` flag) the whole value must match, e.g. `[A-Za-z0-9 -]+`. */
  pattern: z.string().refine(compiles, { error: "Expected a valid regular expression" }).optional(),
  /** Dates: may not be after today, e.g. a date of birth. */
  past: z.boolean().optional(),
  /** Selects and radios: the choices, e.g. `[{ value: "email", label: "E-mail" }]`. */
  options: z.array(z.strictObject({ value: text, label: text })).optional(),
  /** Selects: fill the choices from the site's `insurers` data (before any `options`). */
  optionsFrom: z.literal("insurers").optional(),
  /** Selects: the label of the empty first choice, e.g. `Choose your insurer`. */
  prompt: text.optional(),
  /** URL query parameter that preselects the value, e.g. `insurer` for `?insurer=aetna`. */
  preselectParam: z.string().regex(/^[a-z][a-z0-9_-]*$/).optional(),
  /** Error messages; the form-wide `messages` fill the gaps. */
  messages: z.strictObject({ required: text.optional(), invalid: text.optional(), tooLong: text.optional() }).optional(),
});

/** One form: its fields, its button and what the visitor sees once it is sent. */
export const formSchema = z
  .strictObject({
    /** Button text, e.g. `Send message`. */
    submitLabel: text,
    /** The fields, in order. */
    fields: z.array(fieldSchema).min(1),
    /** Shown in place of the form once it is sent; `url` is the thank-you page for visitors without JavaScript. */
    confirmation: z.strictObject({ title: text, text: text, url: hrefSchema }),
  })
  .superRefine((form, ctx) => {
    for (const problem of fieldProblems(form.fields)) ctx.addIssue({ code: "custom", ...problem });
  });

/** Copy shared by every form: the error summary, the live-region messages and default error messages. */
export const messagesSchema = z.strictObject({
  /** After each required field's label, e.g. `(required)`. */
  requiredMarker: text,
  /** Heading of the error summary, e.g. `There is a problem`. */
  summaryTitle: text,
  /** Read before each inline error, visually hidden, e.g. `Error:`. */
  errorPrefix: text,
  /** Live-region text while sending. */
  sending: text,
  /** No connection. */
  network: text,
  /** No answer in time. */
  timeout: text,
  /** The receiver failed (5xx). */
  server: text,
  /** The receiver refused the request itself (too large, wrong type). */
  rejected: text,
  /** Default error messages; `{max}` in `tooLong` becomes the field's limit. */
  required: text,
  invalid: text,
  tooLong: text,
  /** Labels of a date's three inputs, e.g. `Day`, `Month`, `Year`. */
  day: text,
  month: text,
  year: text,
  /** Beside a list whose page link (`?insurer=`) named a choice it does not have, e.g. `We could not find…`. */
  unknownChoice: text,
  /** Label of the hidden anti-spam field. */
  honeypotLabel: text,
});

/** Where submissions go: Haven's receiver or any endpoint with the same JSON contract, Netlify Forms, or Formspree. */
export const providerSchema = z.discriminatedUnion("type", [
  z.strictObject({
    type: z.literal("custom"),
    /** Base URL; each form posts to it plus its id, e.g. `/api/forms/` → `/api/forms/contact`. */
    endpoint: hrefSchema.refine((url) => url.endsWith("/"), { error: "Expected the endpoint to end with /" }),
  }),
  z.strictObject({ type: z.literal("netlify") }),
  z.strictObject({
    type: z.literal("formspree"),
    /** Formspree form id per form, e.g. `{ contact: "xayzbwqd" }`. */
    forms: z.partialRecord(z.enum(FORM_IDS), z.string().regex(/^[A-Za-z0-9]+$/)),
  }),
]);

/** Every form definition and setting, complete: what templates, the bundle and the receiver read. */
export const formsSchema = z.strictObject({
  provider: providerSchema,
  /** How long the browser waits for an answer before saying so, in milliseconds. */
  timeoutMs: z.int().min(1000).max(120_000),
  messages: messagesSchema,
  forms: z.strictObject({ contact: formSchema, "verify-insurance": formSchema, book: formSchema }),
});

export type FieldDefinition = z.output<typeof fieldSchema>;
export type FormDefinition = z.output<typeof formSchema>;
export type FormMessages = z.output<typeof messagesSchema>;
export type Provider = z.output<typeof providerSchema>;
export type Forms = z.output<typeof formsSchema>;

function compiles(pattern: string): boolean {
  try {
    new RegExp(pattern, "u");
    return true;
  } catch {
    return false;
  }
}

/** Problems that span fields: duplicate names, dangling references, choices without options. */
function fieldProblems(fields: FieldDefinition[]): { path: PropertyKey[]; message: string }[] {
  const names = fields.map((f) => f.name);
  return fields.flatMap((field, i) => {
    const at = (key: string, message: string) => ({ path: ["fields", i, key], message });
    const problems = [];
    if (names.indexOf(field.name) !== i) problems.push(at("name", `Another field is already named "${field.name}"`));
    const other = field.requiredWhen?.field;
    if (other && !names.includes(other)) problems.push(at("requiredWhen", `No field named "${other}"`));
    const hasChoices = !!field.options?.length || !!field.optionsFrom;
    if ((field.type === "select" || field.type === "radio") && !hasChoices) problems.push(at("options", "Expected options"));
    return problems;
  });
}
