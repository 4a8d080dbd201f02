import { WEEKDAYS } from "../data/weekdays.ts";

const WEEK: readonly string[] = WEEKDAYS;

/** A weekday's name in a language, from Intl (`0` Monday): "Monday", "lunes". */
function dayName(index: number, lang: string): string {
  return new Intl.DateTimeFormat(lang, { weekday: "long", timeZone: "UTC" }).format(new Date(Date.UTC(2001, 0, 1 + index)));
}

/**
 * Shortens a list of English day names: consecutive runs become ranges ("Monday to Friday, Sunday"), in words,
 * which screen readers read well; named in `lang` (Intl) with `to` between ("lunes a viernes" with `es`, "a").
 */
export function dayRange(days: string[], lang = "en-US", to = "to"): string {
  const indexes = [...new Set(days.map((d) => WEEK.indexOf(d)))].sort((a, b) => a - b);
  const runs: number[][] = [];
  for (const i of indexes) {
    const run = runs[runs.length - 1];
    if (run && i === run[run.length - 1] + 1) run.push(i);
    else runs.push([i]);
  }
  return runs
    .map((run) => (run.length > 2 ? `${dayName(run[0], lang)} ${to} ${dayName(run[run.length - 1], lang)}` : run.map((i) => dayName(i, lang)).join(", ")))
    .join(", ");
}

/** A 24-hour `HH:MM` time in the page's language ("08:00" → "8:00 AM" in en-US). */
export function clockTime(time: string, lang = "en-US"): string {
  const [hours, minutes] = time.split(":").map(Number);
  const date = new Date(Date.UTC(2000, 0, 1, hours, minutes));
  return new Intl.DateTimeFormat(lang, { hour: "numeric", minute: "2-digit", timeZone: "UTC" }).format(date);
}
