import { memoize } from "../memoize.ts";

/** `2026-10-14` (or a Date) as `2026-10-14`, for `datetime` attributes and structured data. */
export function isoDate(value: string | Date): string {
  return (value instanceof Date ? value.toISOString() : value).slice(0, 10);
}

const longDate = memoize((day: string, lang: string) =>
  new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`)),
);

/** `2026-10-14` as "October 14, 2026" in the page's language, read in UTC so the day never shifts. */
export function readableDate(value: string | Date, lang = "en-US"): string {
  return longDate(isoDate(value), lang);
}
