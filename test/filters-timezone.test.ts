import { describe, expect, it } from "vitest";
import { readableDate } from "../src/filters/dates.ts";
import { clockTime } from "../src/filters/hours.ts";

// A machine west of UTC (and one east of it): formatting in local time would show the day before (or after).
describe.each(["America/Los_Angeles", "Pacific/Kiritimati"])("dates and times with TZ=%s", (zone) => {
  const run = <T>(fn: () => T): T => {
    const before = process.env.TZ;
    process.env.TZ = zone; // Node applies a changed TZ at once
    try {
      expect(new Date(Date.UTC(2026, 9, 14)).getTimezoneOffset()).not.toBe(0);
      return fn();
    } finally {
      if (before === undefined) delete process.env.TZ;
      else process.env.TZ = before;
    }
  };
  it("shows the calendar day as written", () => {
    expect(run(() => readableDate("2026-10-14"))).toBe("October 14, 2026");
    expect(run(() => readableDate(new Date("2026-01-01T00:00:00Z")))).toBe("January 1, 2026");
  });
  it("shows opening hours as written", () => {
    expect(run(() => clockTime("08:00"))).toBe("8:00 AM");
    expect(run(() => clockTime("23:30", "en-GB"))).toBe("23:30");
  });
});
