import { WEEKDAYS } from "../data/weekdays.ts";

const WEEK: readonly string[] = WEEKDAYS;

/** Shortens a list of days: consecutive runs become ranges ("Monday to Friday, Sunday"), in words, which screen readers read well. */
export function dayRange(days: string[]): string {
  const indexes = [...new Set(days.map((d) => WEEK.indexOf(d)))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs[runs.length - 1];
    if (run && i === run[run.length - 1] + 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .map((run) => (run.length > 2 ? `${WEEK[run[0]]} to ${WEEK[run[run.length - 1]]}` : run.map((i) => WEEK[i]).join(", ")))
    .join(", ");
}

/** A 24-hour `HH:MM` time in the page's language ("08:00" → "8:00 AM" in en-US). */
export function clockTime(time: string, lang = "en-US"): string {
  const [hours, minutes] = time.split(":").map(Number);
  const date = new Date(Date.UTC(2000, 0, 1, hours, minutes));
  return new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(date);
}
