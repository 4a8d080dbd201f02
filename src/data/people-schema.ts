import { z } from "zod";
import { imageSchema } from "./fields.ts";

/** A person id: lowercase letters, digits and hyphens, e.g. `dana-whitfield`; also the profile page's URL segment. */
export const personIdSchema = z.string().regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, {
  error: "Expected a person id of lowercase letters, digits and hyphens, like dana-whitfield",
});

/** A professional licence, e.g. `{ name: "LMFT", number: "LMFT 000000", region: "CA" }`. */
export const licenceSchema = z.strictObject({
  /** The licence, e.g. `LMFT` or `Physician and Surgeon`. */
  name: z.string().min(1),
  /** The licence number as the licensing board shows it. */
  number: z.string().min(1),
  /** Where it is valid: a state or region code, e.g. `CA`. */
  region: z.string().min(1),
});

/** One member of the team, from `_data/people.ts`. */
export const personEntrySchema = z.strictObject({
  /** Unique id that articles name as `author` or `reviewedBy`, e.g. `dana-whitfield`. */
  id: personIdSchema,
  /** Full name, e.g. `Dana Whitfield`. */
  name: z.string().min(1),
  /** Post-nominal credentials, e.g. `MD` or `MA, LMFT`. */
  credentials: z.string().min(1).optional(),
  /** Role at the organization, e.g. `Medical Director`. */
  jobTitle: z.string().min(1).optional(),
  /** Professional licences, shown on the profile page and stated as `hasCredential`. */
  licences: z.array(licenceSchema).default([]),
  /** Short biography in markdown, shown on the profile page. */
  bio: z.string().min(1).optional(),
  /** Portrait for the profile page. */
  photo: imageSchema.optional(),
  /** Profiles elsewhere, e.g. a licensing board's lookup page or `https://www.linkedin.com/in/example`. */
  sameAs: z.array(z.url({ protocol: /^https$/ })).default([]),
});

/** Everything `_data/people.ts` holds: the team, each id used once. */
export const peopleSchema = z
  .array(personEntrySchema)
  .default([])
  .superRefine((people, ctx) => {
    const seen = new Set<string>();
    people.forEach((person, i) => {
      if (seen.has(person.id)) ctx.addIssue({ code: "custom", path: [i, "id"], message: `Expected a unique id; "${person.id}" is used twice` });
      seen.add(person.id);
    });
  });

/** One validated licence. */
export type Licence = z.output<typeof licenceSchema>;
/** One validated team member. */
export type PersonEntry = z.output<typeof personEntrySchema>;
/** What a site writes for one person in `_data/people.ts`. */
export type PersonEntryInput = z.input<typeof personEntrySchema>;
