import { writtenDate } from "../data/written-date.ts";

/**
 * A written date's calendar part, for `datetime` attributes and sitemaps: `2023-12` stays `2023-12`,
 * `2026-10-14T21:00:00-07:00` gives `2026-10-14` (the day in its own offset); a Date gives its UTC day.
 */
export function isoDate(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : writtenDate(value).date;
}

/**
 * A date in the page's language (a BCP 47 tag, default `en-US`) at the precision written: `2023-12` → "December 2023",
 * `2026-10-14` → "October 14, 2026". Formatted in UTC, the zone it is parsed in, so the day never shifts with the machine's zone.
 */
export function readableDate(value: string | Date, lang = "en-US"): string {
  const date = isoDate(value);
  const month = date.length === 7;
  return formatter(lang, month).format(new Date(`${month ? `${date}-01` : date}T00:00:00Z`));
}

// Making an Intl.DateTimeFormat costs far more than using one: one per language and precision, kept.
const formatters = new Map<string, Intl.DateTimeFormat>();
function formatter(lang: string, month: boolean): Intl.DateTimeFormat {
  const key = `${lang} ${month}`;
  let format = formatters.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, month ? { year: "numeric", month: "long", timeZone: "UTC" } : { dateStyle: "long", timeZone: "UTC" });
    formatters.set(key, format);
  }
  return format;
}
