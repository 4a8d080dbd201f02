import { expect, it } from "vitest";
import { createFrontMatterCache } from "../../src/data/front-matter.ts";

it("hands Eleventy the result Haven's check parsed, once, and parses afresh after that", () => {
  const cache = createFrontMatterCache();
  const checked = cache.parse("title: A\ndate: 2026-03-02");
  expect(checked).toEqual({ title: "A", date: new Date("2026-03-02T00:00:00Z") });
  expect(cache.take("title: A\ndate: 2026-03-02")).toBe(checked);
  const again = cache.take("title: A\ndate: 2026-03-02");
  expect(again).toEqual(checked);
  expect(again).not.toBe(checked);
});
