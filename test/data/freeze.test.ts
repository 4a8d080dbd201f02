import { expect, it } from "vitest";
import { deepFreeze } from "../../src/data/freeze.ts";

it("freezes a data value all the way down and returns it", () => {
  const site = { organization: { name: "Cedar Hollow" }, nav: [{ label: "About", url: "/about/" }] };
  expect(deepFreeze(site)).toBe(site);
  for (const part of [site, site.organization, site.nav, site.nav[0]]) expect(Object.isFrozen(part)).toBe(true);
  expect(() => {
    site.nav[0].label = "Changed";
  }).toThrow(TypeError);
});
