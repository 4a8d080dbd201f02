import { z } from "zod";

/** How much of a date the author wrote: a month (`2023-12`) or a day (`2023-12-04`, or a timestamp on that day). */
export type DatePrecision = "month" | "day";

/** A date as the author wrote it: its ISO calendar part and its precision. */
export interface WrittenDate {
  /** `2023-12` or `2023-12-04`: for a timestamp, the day in its own offset. */
  date: string;
  precision: DatePrecision;
}

// YYYY-MM, YYYY-MM-DD, or a timestamp with its offset (YAML allows a space before the time).
const SHAPE = /^(\d{4})-(\d{2})(?:-(\d{2})(?:[Tt ](\d{2}):(\d{2})(?::(\d{2})(\.\d+)?)?\s*(Z|([+-])(\d{1,2})(?::?(\d{2}))?))?)?$/;
const EXPECTED = "Expected a date like 2026-03-02, a month like 2026-03, or a timestamp with its offset like 2026-10-14T21:00:00-07:00";

/** Days in a month of the proleptic Gregorian calendar (month 1–12). */
function daysIn(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why `text` is not a date Haven accepts (undefined when it is one), e.g. `2026-02-30: February 2026 has 28 days`. */
export function dateProblem(text: string): string | undefined {
  const match = SHAPE.exec(text);
  if (!match) return `${EXPECTED}; got "${text}"`;
  const [, year, month, day, hour, minute, second] = match.map(Number);
  if (month < 1 || month > 12) return `"${text}" has no month ${match[2]} (months are 01 to 12)`;
  const days = daysIn(year, month);
  if (match[3] !== undefined && (day < 1 || day > days)) {
    const name = new Intl.DateTimeFormat("en-US", { month: "long", timeZone: "UTC" }).format(Date.UTC(year, month - 1));
    return `"${text}" is not a calendar date: ${name} ${year} has ${days} days`;
  }
  if (match[4] !== undefined && (hour > 23 || minute > 59 || (match[6] !== undefined && second > 59))) return `"${text}" has no such time of day`;
  return undefined;
}

/** The calendar part and precision of a valid written date (`2026-10-14T21:00:00-07:00` → day `2026-10-14`: its own offset's date). */
export function writtenDate(text: string): WrittenDate {
  const date = text.slice(0, 10).replace(/[Tt ].*$/, "");
  return { date, precision: date.length === 7 ? "month" : "day" };
}

/** A valid written date as an RFC 3339 date-time, for feeds: a day or month from its first moment in UTC, a timestamp as written. */
export function writtenDateTime(text: string): string {
  const { date, precision } = writtenDate(text);
  if (text.length > 10) return text;
  return `${precision === "month" ? `${date}-01` : date}T00:00:00Z`;
}

/** A valid written date in ISO 8601: dates as they are, YAML's timestamp spellings (`2026-10-14 21:00:00 -7`) as `2026-10-14T21:00:00-07:00`. */
function toIso(text: string): string {
  const m = SHAPE.exec(text)!;
  if (m[4] === undefined) return text;
  const offset = m[8] === "Z" ? "Z" : `${m[9]}${m[10].padStart(2, "0")}:${m[11] ?? "00"}`;
  return `${m[1]}-${m[2]}-${m[3]}T${m[4]}:${m[5]}:${m[6] ?? "00"}${m[7] ?? ""}${offset}`;
}

/**
 * A date field as written: `2026-03-02`, `2026-03` or a timestamp with its offset, kept at that precision and offset (in ISO 8601).
 * Impossible dates (`2026-02-30`) are refused; a YAML Date (from a loader that still makes them) becomes its UTC day.
 */
export const writtenDateSchema = z.preprocess(
  (value) => (value instanceof Date && !Number.isNaN(value.getTime()) ? value.toISOString().slice(0, 10) : value),
  z.string().check((ctx) => {
    const problem = dateProblem(ctx.value);
    if (problem) ctx.issues.push({ code: "custom", message: problem, input: ctx.value });
  }).transform(toIso),
);
