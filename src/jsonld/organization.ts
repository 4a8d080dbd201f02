import type { MedicalOrganization, OpeningHoursSpecification, PaymentMethod, PostalAddress } from "schema-dts";
import type { Insurer } from "../data/insurers-schema.ts";
import type { Site } from "../data/site-schema.ts";
import { phoneForData } from "../data/phone.ts";
import { getOrMake } from "../filters/memoize.ts";
import { organizationId } from "./ids.ts";
import { imageObject, type SiteImage } from "./image.ts";

type Organization = Site["organization"];

/** The organization node (its configured type, e.g. `MedicalClinic`) at the site's `home` URL, the same on every page; `logo` is the published logo file. */
export function organization(site: Site, insurers: Insurer[], home: string, logo?: SiteImage): Exclude<MedicalOrganization, string> {
  const org = site.organization;
  return {
    "@type": org.type,
    "@id": organizationId(home),
    name: org.name,
    url: home,
    ...(logo && { logo: imageObject(home, logo) }),
    telephone: phoneForData(site.phones.call),
    address: postalAddress(org.address),
    ...(org.hours.length > 0 && { openingHoursSpecification: org.hours.map(openingHours) }),
    ...(org.sameAs.length > 0 && { sameAs: org.sameAs }),
    ...(insurers.length > 0 && { acceptedPaymentMethod: insurers.map(insurerPayment) }),
  };
}

/**
 * `organization` for one plugin instance, made once per site, insurers and home URL and then shared, since the
 * node is the same on every page of a language (its phone number alone is a libphonenumber parse per page).
 */
export function organizationOnce(): typeof organization {
  const made = new WeakMap<Site, WeakMap<Insurer[], Map<string, ReturnType<typeof organization>>>>();
  return (site, insurers, home, logo) => {
    const byHome = getOrMake(getOrMake(made, site, () => new WeakMap()), insurers, () => new Map());
    return getOrMake(byHome, home, () => organization(site, insurers, home, logo));
  };
}

/** A PostalAddress node of a validated address. */
export function postalAddress(address: Organization["address"]): PostalAddress {
  return {
    "@type": "PostalAddress",
    streetAddress: address.street,
    addressLocality: address.locality,
    addressRegion: address.region,
    postalCode: address.postalCode,
    addressCountry: address.country,
  };
}

/** One OpeningHoursSpecification of a validated opening-hours slot. */
export function openingHours(slot: Organization["hours"][number]): OpeningHoursSpecification {
  return { "@type": "OpeningHoursSpecification", dayOfWeek: slot.days, opens: slot.opens, closes: slot.closes };
}

/**
 * schema.org cannot say "in network with"; accepting an insurer's coverage as payment is the part
 * of that claim it can state truthfully (see README, "Structured data").
 */
export function insurerPayment(insurer: Insurer): PaymentMethod {
  return { "@type": "PaymentMethod", name: insurer.name, ...(insurer.note && { description: insurer.note }) };
}
