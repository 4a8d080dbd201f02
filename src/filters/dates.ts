/** `2026-10-14` (or a Date) as `2026-10-14`, for `datetime` attributes and structured data. */
export function isoDate(value: string | Date): string {
  return (value instanceof Date ? value.toISOString() : value).slice(0, 10);
}

/**
 * `2026-10-14` as "October 14, 2026" in the page's language (a BCP 47 tag, default `en-US`). The day is
 * formatted in UTC, the zone it was parsed in, so it never shifts whatever the machine's time zone.
 */
export function readableDate(value: string | Date, lang = "en-US"): string {
  const day = isoDate(value);
  return new Intl.DateTimeFormat(lang, { dateStyle: "long", timeZone: "UTC" }).format(new Date(`${day}T00:00:00Z`));
}
