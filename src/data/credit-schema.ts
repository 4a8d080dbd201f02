import { z } from "zod";
import { hrefSchema } from "./fields.ts";
import { personIdSchema } from "./people-schema.ts";

/** A person credited on a page (`type: Person` is the default and may be left out). */
export const personCreditSchema = z.strictObject({
  type: z.literal("Person"),
  /** Full name, e.g. `Dana Whitfield`. */
  name: z.string().min(1),
  /** Post-nominal credentials, e.g. `MD` or `MA, LMFT`; optional. */
  credentials: z.string().min(1).optional(),
  /** Profile page, e.g. `/about/#medical-team`. */
  url: hrefSchema.optional(),
});

/** An organization credited on a page, e.g. `{ type: Organization, name: National Institute of Mental Health }`. */
export const organizationCreditSchema = z.strictObject({
  type: z.literal("Organization"),
  /** Its name, e.g. `National Institute of Mental Health`. */
  name: z.string().min(1),
  /** Its page, e.g. `https://www.nimh.nih.gov/`. */
  url: hrefSchema.optional(),
});

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === "object" && value !== null && !Array.isArray(value);

/** A person or organization written out in front matter: a Person (the default) or an Organization. */
export const inlineCreditSchema = z.preprocess(
  (value) => (isRecord(value) && value.type === undefined ? { ...value, type: "Person" } : value),
  z.discriminatedUnion("type", [personCreditSchema, organizationCreditSchema], { error: 'Expected type "Person" or "Organization"' }),
);

/** Who a page credits: a person id of `_data/people.ts` (e.g. `dana-whitfield`), or a person or organization written out. */
export const creditSchema = z.union([personIdSchema, inlineCreditSchema]);

/** One credit or a list of them (`author: dana-whitfield`, `author: { … }` or `author: [{ … }, { … }]`), always read as a non-empty list. */
export const creditsSchema = z.preprocess(
  (value) => (value !== undefined && !Array.isArray(value) ? [value] : value),
  z.array(creditSchema).min(1, { error: "Expected at least one name" }),
);

/** A person or organization written out in front matter, validated. */
export type InlineCredit = z.output<typeof inlineCreditSchema>;
/** A front matter credit as validated: a person id, or a person or organization written out. */
export type CreditInput = z.output<typeof creditSchema>;

