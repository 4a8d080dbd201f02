import type { MedicalClinic, Thing } from "schema-dts";
import type { Insurer } from "../data/insurers-schema.ts";
import type { PersonEntry } from "../data/people-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { ImageRole } from "../images/roles.ts";
import { type Location, locationInsurers } from "../pages/locations.ts";
import type { GeneratedPage } from "../pages/model.ts";
import { locationPath } from "../pages/paths.ts";
import { absoluteUrl } from "../urls/site-urls.ts";
import { locationId, organizationId, personId, ref } from "./ids.ts";
import type { SiteImage } from "./image.ts";
import { insurerPayment, openingHours, postalAddress } from "./organization.ts";
import { teamMember } from "./person.ts";

/** `@id` of what a generated page is about, on the site at `home`. */
export function mainEntityId(entity: NonNullable<GeneratedPage["mainEntity"]>, home: string): string {
  return entity.type === "person" ? personId(home, entity.id) : locationId(home, entity.id);
}

/** What the main entity nodes need besides the page. */
export interface EntityInput {
  site: Site;
  insurers: Insurer[];
  people: readonly PersonEntry[];
  home: string;
  imageFile: (src: string, role: ImageRole) => SiteImage;
}

/** The node a generated page is about, when it has one: a profile page's Person, a location page's MedicalClinic. */
export function mainEntityNodes(page: GeneratedPage, { site, insurers, people, home, imageFile }: EntityInput): Thing[] {
  const entity = page.mainEntity;
  if (entity?.type === "person") {
    const member = people.find((p) => p.id === entity.id);
    return member ? [teamMember(member, home, true, member.photo && imageFile(member.photo.src, "portrait"))] : [];
  }
  const location = entity && site.locations.find((l) => l.id === entity.id);
  return location ? [clinic(location, insurers, home)] : [];
}

/** A location as a MedicalClinic, part of the organization: address, hours, phone and the insurers accepted there. */
export function clinic(location: Location, insurers: Insurer[], home: string): MedicalClinic {
  const accepted = locationInsurers(location, insurers);
  return {
    "@type": "MedicalClinic",
    "@id": locationId(home, location.id),
    name: location.name,
    url: absoluteUrl(home, locationPath(location.id)),
    telephone: location.phones.call,
    address: postalAddress(location.address),
    ...(location.hours.length > 0 && { openingHoursSpecification: location.hours.map(openingHours) }),
    ...(accepted.length > 0 && { acceptedPaymentMethod: accepted.map(insurerPayment) }),
    parentOrganization: ref(organizationId(home)),
  };
}
