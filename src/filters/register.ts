import { ctaCopy } from "../data/cta-schema.ts";
import { formatPhone, phoneHref } from "../data/phone.ts";
import type { UserConfig } from "../eleventy-types.ts";
import { newestFirst } from "./collections.ts";
import { isoDate, readableDate } from "./dates.ts";
import { documentTitle } from "./document-title.ts";
import { clockTime, dayRange } from "./hours.ts";
import { memoize } from "./memoize.ts";

/**
 * The theme's filters that are plain functions of their arguments, by the name templates use; every
 * name starts with `haven` so it never clashes with another plugin's filter. Each call makes fresh
 * caches, so they belong to the plugin instance.
 */
export function plainFilters() {
  const dayRanges = memoize((days: string, lang?: string, to?: string) => dayRange(days.split(","), lang, to));
  const longDate = memoize((day: string, lang?: string) => readableDate(day, lang));
  return {
    havenPhone: memoize(formatPhone),
    havenPhoneHref: memoize(phoneHref),
    havenIsoDate: isoDate,
    havenReadableDate: (value: string | Date, lang?: string) => longDate(isoDate(value), lang),
    havenDayRange: (days: string[], lang?: string, to?: string) => dayRanges(days.join(","), lang, to),
    havenClockTime: memoize(clockTime),
    havenCtaCopy: ctaCopy,
    havenDocumentTitle: documentTitle,
  };
}

/** Registers every plain filter under its template name, and `havenNewestFirst` (`collections.articles | havenNewestFirst`). */
export function registerFilters(eleventyConfig: UserConfig): void {
  for (const [name, filter] of Object.entries(plainFilters())) eleventyConfig.addFilter(name, filter as (...args: unknown[]) => unknown);
  // Eleventy gives a collection no page has joined as undefined: a tag not used yet, or a misspelled name. Empty, and said for each page that asks.
  eleventyConfig.addFilter("havenNewestFirst", function (this: { page?: { inputPath?: string } }, items: Parameters<typeof newestFirst>[0]) {
    if (items === undefined) console.warn(`Haven: ${this.page?.inputPath ?? "a template"}: havenNewestFirst got no collection (no page has that tag yet, or its name is misspelled); the list is empty`);
    return newestFirst(items);
  });
}
