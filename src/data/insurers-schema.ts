import { z } from "zod";
import { imageSrcSchema } from "./fields.ts";
import { slugify } from "../markdown/slug.ts";

/** One insurer the organization is in network with. */
export const insurerSchema = z
  .strictObject({
    /** Name as patients know it, e.g. `Aetna`. */
    name: z.string({ error: "Required: the insurer's name" }).min(1, { error: "Required: the insurer's name" }),
    /** Optional logo, a file of this site (its alt text is the insurer's name); without one a text badge is shown. */
    logo: z.strictObject({ /** Site path, e.g. `/img/insurers/aetna.svg`. */ src: imageSrcSchema }).optional(),
    /** Optional short note, e.g. `PPO plans only`. */
    note: z.string().optional(),
  })
  .transform((insurer) => ({ ...insurer, id: slugify(insurer.name) }));

/** The list in `_data/insurers.ts`. */
export const insurersSchema = z.array(insurerSchema);

/** A validated insurer, with the `id` used in links and form values. */
export type Insurer = z.output<typeof insurerSchema>;
export type InsurerInput = z.input<typeof insurerSchema>;
