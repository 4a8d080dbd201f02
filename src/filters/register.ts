import { breadcrumbs } from "../breadcrumbs.ts";
import { ctaCopy } from "../data/cta-schema.ts";
import { formatPhone, phoneHref } from "../data/phone.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { newestFirst } from "./collections.ts";
import { isoDate, readableDate } from "./dates.ts";
import { documentTitle } from "./document-title.ts";
import { clockTime, dayRange } from "./hours.ts";

/** The theme's filters that are plain functions of their arguments, by the name templates use. */
export const FILTERS = {
  phone: formatPhone,
  phoneHref,
  isoDate,
  readableDate,
  dayRange,
  clockTime,
  newestFirst,
  breadcrumbs,
  ctaCopy,
  documentTitle,
};

/** Registers every plain filter under its template name. */
export function registerFilters(eleventyConfig: UserConfig): void {
  for (const [name, filter] of Object.entries(FILTERS)) eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
}
