import type { Insurer } from "../data/insurers-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { PageLanguage } from "./language.ts";
import type { GeneratedPage } from "./model.ts";
import { locationPath, locationsPath } from "./paths.ts";

/** One validated location of `site.locations`. */
export type Location = Site["locations"][number];

/** What a location page shows: the location, a plain map link and the insurers accepted there. */
export interface LocationView {
  location: Location;
  mapUrl: string;
  insurers: Insurer[];
}

/** What the locations index shows. */
export interface LocationsView {
  locations: { name: string; url: string; location: Location }[];
}

/** A plain link to the address on OpenStreetMap: nothing loads from there until the visitor follows it. */
export function mapLink(address: Location["address"]): string {
  const url = new URL("https://www.openstreetmap.org/search");
  url.searchParams.set("query", [address.street, address.locality, address.region, address.postalCode, address.country].join(", "));
  return url.href;
}

/** The insurers accepted at `location`: those it names, else all of the site's. Unknown names fail. */
export function locationInsurers(location: Location, insurers: Insurer[]): Insurer[] {
  if (!location.insurers) return insurers;
  return location.insurers.map((name) => {
    const found = insurers.find((i) => i.name === name || i.id === name);
    if (!found) throw new Error(`site.locations (${location.id}).insurers: no insurer "${name}" in _data/insurers (known: ${insurers.map((i) => i.name).join(", ")})`);
    return found;
  });
}

/** The locations index at `/locations/` and a page per location, in the default language `l` (their text is site data written once). */
export function locationPages(l: PageLanguage, insurers: Insurer[]): GeneratedPage[] {
  const { site } = l;
  if (!site.locations.length) return [];
  const index: GeneratedPage<LocationsView> = {
    kind: "location",
    url: locationsPath(),
    translationKey: "haven:locations",
    title: l.text("locations"),
    description: `${l.text("locations")}: ${site.locations.map((l) => l.name).join("; ")}.`,
    noindex: false,
    parents: [],
    schemaType: "CollectionPage",
    view: { locations: site.locations.map((location) => ({ name: location.name, url: locationPath(location.id), location })) },
  };
  const parents = [{ name: l.text("locations"), url: locationsPath() }];
  const pages = site.locations.map(
    (location): GeneratedPage<LocationView> => ({
      kind: "location",
      url: locationPath(location.id),
      title: location.name,
      description: location.description ?? l.text("locationDescription", { name: location.name, locality: location.address.locality }),
      noindex: false,
      parents,
      schemaType: "WebPage",
      mainEntity: { type: "location", id: location.id },
      view: { location, mapUrl: mapLink(location.address), insurers: locationInsurers(location, insurers) },
    }),
  );
  return [index, ...pages];
}
