import type { PersonEntry } from "../data/people-schema.ts";
import type { Insurer } from "../data/insurers-schema.ts";
import type { Site } from "../data/site-schema.ts";
import type { CheckedSite } from "../validate/check-site.ts";
import type { ImageRole } from "./roles.ts";

/** An image named in data or front matter, with the file and field that named it. */
export interface DataImage {
  src: string;
  role: ImageRole;
  /** e.g. `content/_data/insurers.ts: [1].logo.src` */
  where: string;
}

/** Every image the validated site data and articles name: organization logo, insurer logos, article images. */
export function dataImages({ data, articles }: CheckedSite): DataImage[] {
  const found: DataImage[] = [];
  const site = data.site;
  const logo = (site?.value as Site | undefined)?.organization.logo;
  if (site && logo) found.push({ src: logo.src, role: "logo", where: `${site.file}: organization.logo.src` });
  const insurers = data.insurers;
  ((insurers?.value ?? []) as Insurer[]).forEach((insurer, i) => {
    if (insurer.logo) found.push({ src: insurer.logo.src, role: "logo", where: `${insurers!.file}: [${i}].logo.src` });
  });
  const people = data.people;
  ((people?.value ?? []) as PersonEntry[]).forEach((person, i) => {
    if (person.photo) found.push({ src: person.photo.src, role: "portrait", where: `${people!.file}: [${i}].photo.src` });
  });
  for (const { file, article } of articles) {
    if (article.image) found.push({ src: article.image.src, role: "content", where: `${file}: image.src` });
  }
  return found;
}
