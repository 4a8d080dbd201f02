import { z } from "zod";
import { brandSchema } from "./brand-schema.ts";
import { ctaSchema } from "./cta-schema.ts";
import { hrefSchema, imageSchema } from "./fields.ts";
import { langSchema } from "./locale.ts";
import { phoneSchema } from "./phone.ts";

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"] as const;
const time = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/, { error: "Expected a 24-hour time like 08:30" });

/** The organization behind the site. */
export const organizationSchema = z.strictObject({
  /** schema.org type, e.g. `MedicalClinic`. Default `MedicalOrganization`. */
  type: z.enum(["MedicalOrganization", "MedicalClinic", "Hospital", "Physician"]).default("MedicalOrganization"),
  /** Public name, e.g. `Cedar Hollow Recovery`. */
  name: z.string().min(1),
  /** Logo shown in the header and used in structured data. */
  logo: imageSchema.optional(),
  /** Postal address shown in the footer. */
  address: z.strictObject({
    /** e.g. `1400 Example Parkway, Suite 200` */
    street: z.string().min(1),
    /** City, e.g. `Tustin` */
    locality: z.string().min(1),
    /** State or region code, e.g. `CA` */
    region: z.string().min(1),
    /** e.g. `92780` */
    postalCode: z.string().min(1),
    /** ISO 3166 country code, e.g. `US` */
    country: z.string().length(2),
  }),
  /** Opening hours, e.g. `{ days: ["Monday", "Friday"], opens: "08:00", closes: "18:00" }`. */
  hours: z.array(z.strictObject({ days: z.array(z.enum(DAYS)).min(1), opens: time, closes: time })).default([]),
  /** Profiles elsewhere, e.g. `https://www.linkedin.com/company/example`. */
  sameAs: z.array(z.url({ protocol: /^https$/ })).default([]),
});

/** Everything a Haven site says about itself, validated from `_data/site.ts`. */
export const siteSchema = z.strictObject({
  /** Absolute URL of the deployed site, e.g. `https://www.cedarhollow.example`; canonical URLs start here. */
  url: z.url({ protocol: /^https?$/ }).transform((url) => url.replace(/\/+$/, "")),
  /** Language of the pages, a BCP 47 tag, e.g. `en-US`, `es-419`, `zh-Hant-TW`; `og:locale` is derived from it. */
  lang: langSchema.default("en-US"),
  /** Who runs the site: name, address, hours; also the structured data's organization node. */
  organization: organizationSchema,
  /** Numbers in E.164 form, `call` with an optional extension (`+17145550123 ext. 45`); `call` backs every `tel:` link, `text` every `sms:` link. */
  phones: z.strictObject({ call: phoneSchema, text: phoneSchema }),
  /** Header navigation, e.g. `[{ label: "Articles", href: "/" }]`. */
  navigation: z.array(z.strictObject({ label: z.string().min(1), href: hrefSchema })).default([]),
  /** Where "Verify insurance" links go. */
  verifyInsuranceUrl: hrefSchema.default("/verify-insurance/"),
  /** The crisis line shown on health articles and in the footer. */
  crisisLine: z.strictObject({
    /** Short code or E.164 number, e.g. `988`. */
    phone: phoneSchema,
    /** The notice, e.g. `If you are in crisis or thinking about suicide, call or text 988.` */
    message: z.string().min(1),
  }),
  /** Brand colours; the build fails if one is below WCAG AA contrast where the theme uses it. */
  brand: brandSchema.prefault({}),
  /** Copy and links of the calls to action; every part has a default. */
  cta: ctaSchema.prefault({}),
});

/** The validated site data templates receive. */
export type Site = z.output<typeof siteSchema>;
/** What a site writes in `_data/site.ts`. */
export type SiteInput = z.input<typeof siteSchema>;
