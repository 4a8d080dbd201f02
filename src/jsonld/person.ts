import type { Person } from "schema-dts";
import { absoluteUrl } from "../urls/site-urls.ts";

/** A person credited on a page, as the front matter gives one. */
export interface PersonInput {
  name: string;
  credentials?: string;
  url?: string;
}

/** A Person node for an author or medical reviewer; credentials ("MD", "MA, LMFT") are post-nominals, so `honorificSuffix`. */
export function person(input: PersonInput, siteUrl: string): Person {
  return {
    "@type": "Person",
    name: input.name,
    ...(input.credentials && { honorificSuffix: input.credentials }),
    ...(input.url && { url: absoluteUrl(siteUrl, input.url) }),
  };
}
