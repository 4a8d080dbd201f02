import { expect, it } from "vitest";
import { createFrontMatterCache } from "../../src/data/front-matter.ts";

it("hands Eleventy the result Haven's check parsed, once, and parses afresh after that", () => {
  const cache = createFrontMatterCache();
  const checked = cache.parse("title: A\ndate: 2026-03-02");
  expect(checked).toEqual({ title: "A", date: "2026-03-02" });
  expect(cache.take("title: A\ndate: 2026-03-02")).toBe(checked);
  const again = cache.take("title: A\ndate: 2026-03-02");
  expect(again).toEqual(checked);
  expect(again).not.toBe(checked);
});

it("keeps dates as written: an impossible day is not rolled over, a timestamp keeps its offset", () => {
  const cache = createFrontMatterCache();
  expect(cache.parse("a: 2026-02-30\nb: 2026-10-14T21:00:00-07:00\nc: 2023-12\nd: 2020")).toEqual({
    a: "2026-02-30",
    b: "2026-10-14T21:00:00-07:00",
    c: "2023-12",
    d: 2020,
  });
});
