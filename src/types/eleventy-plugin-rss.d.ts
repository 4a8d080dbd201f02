// @11ty/eleventy-plugin-rss 3 ships no TypeScript declarations; these are the helpers Haven calls.
declare module "@11ty/eleventy-plugin-rss" {
  /** A Date as an RFC 3339 timestamp without milliseconds, e.g. `2026-03-02T00:00:00Z` (Atom's date format). */
  export function dateToRfc3339(date: Date): string;
}
