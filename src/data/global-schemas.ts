import { formsDataSchema } from "../forms/data-schema.ts";
import { insurersSchema } from "./insurers-schema.ts";
import { peopleSchema } from "./people-schema.ts";
import { siteSchema } from "./site-schema.ts";

/** Global data files Haven validates, by file name in the site's `_data` folder. */
export const globalSchemas = { site: siteSchema, insurers: insurersSchema, forms: formsDataSchema, people: peopleSchema } as const;
