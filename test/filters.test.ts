import { describe, expect, it, vi } from "vitest";
import { formatPhone, phoneHref } from "../src/data/phone.ts";
import { isoDate, readableDate } from "../src/filters/dates.ts";
import { clockTime, dayRange } from "../src/filters/hours.ts";
import { newestFirst } from "../src/filters/collections.ts";
import { documentTitle } from "../src/filters/document-title.ts";
import { registerFilters } from "../src/filters/register.ts";
import type { UserConfig } from "../src/eleventy-types.ts";

describe("phone", () => {
  it("formats E.164 numbers for display, unbreakable, and builds tel:/sms: hrefs", () => {
    expect(formatPhone("+17145550123")).toBe("(714)\u00a0555-0123");
    expect(phoneHref("+17145550123")).toBe("tel:+17145550123");
    expect(phoneHref("+17145550123", "sms")).toBe("sms:+17145550123");
  });
  it("keeps short codes as they are", () => {
    expect(formatPhone("988")).toBe("988");
    expect(phoneHref("988", "sms")).toBe("sms:988");
  });
  it("throws on something that is not a number", () => {
    expect(() => phoneHref("call us")).toThrow("Not a phone number: call us");
  });
});

describe("dates", () => {
  it("reads dates in UTC so the day never shifts", () => {
    expect(isoDate(new Date("2026-10-14T00:00:00Z"))).toBe("2026-10-14");
    expect(readableDate("2026-10-14")).toBe("October 14, 2026");
  });
});

describe("hours", () => {
  it("collapses consecutive days into ranges", () => {
    expect(dayRange(["Monday", "Tuesday", "Wednesday", "Friday", "Sunday"])).toBe("Monday to Wednesday, Friday, Sunday");
    expect(dayRange(["Saturday", "Sunday"])).toBe("Saturday, Sunday");
  });
  it("shows 24-hour times in the page's language", () => {
    expect(clockTime("08:00")).toBe("8:00 AM");
    expect(clockTime("20:30", "en-GB")).toBe("20:30");
  });
});

describe("newestFirst", () => {
  it("sorts by datePublished, falling back to the file date", () => {
    const items = [
      { data: { datePublished: "2026-01-01" }, date: new Date(0), id: "a" },
      { data: {}, date: new Date("2026-06-01"), id: "b" },
      { data: { datePublished: new Date("2026-03-01") }, date: new Date(0), id: "c" },
    ];
    expect(newestFirst(items).map((i) => i.id)).toEqual(["b", "c", "a"]);
  });
  it("gives no items for a collection no page has joined yet, and names what it got when that is not a list", () => {
    expect(newestFirst(undefined)).toEqual([]);
    expect(() => newestFirst({ title: "News" } as never)).toThrow("havenNewestFirst: expected a collection (a list of pages, e.g. collections.articles), got object");
  });
  it("as the havenNewestFirst filter, warns naming the template when its collection does not exist (a misspelled name)", () => {
    const filters: Record<string, (this: unknown, ...args: unknown[]) => unknown> = {};
    registerFilters({ addFilter: (name: string, filter: (typeof filters)[string]) => (filters[name] = filter) } as unknown as UserConfig);
    const warn = vi.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(filters.havenNewestFirst.call({ page: { inputPath: "./content/news.njk" } }, undefined)).toEqual([]);
      expect(warn).toHaveBeenCalledWith(expect.stringContaining("./content/news.njk: havenNewestFirst got no collection"));
    } finally {
      warn.mockRestore();
    }
  });
});

describe("documentTitle", () => {
  it("adds the site name when the whole fits in 70 characters", () => {
    expect(documentTitle("Understanding Ketamine Therapy", "Cedar Hollow Recovery")).toBe("Understanding Ketamine Therapy | Cedar Hollow Recovery");
    expect(documentTitle("How to Talk With Family About Starting Treatment", "Cedar Hollow Recovery")).toBe("How to Talk With Family About Starting Treatment");
    expect(documentTitle("Cedar Hollow Recovery", "Cedar Hollow Recovery")).toBe("Cedar Hollow Recovery");
  });
});
