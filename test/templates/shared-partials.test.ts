import { describe, expect, it } from "vitest";
import { overrideCheck, partialKey, partialsUsed } from "../../src/templates/shared-partials.ts";

const numbered = () => {
  const ids = new Map<object, number>();
  return (value: object) => ids.get(value) ?? (ids.set(value, ids.size), ids.size - 1);
};

describe("partialKey", () => {
  it("is the same for the same objects, whatever the order of the names", () => {
    const idOf = numbered();
    const site = { lang: "es-US" };
    expect(partialKey("footer.njk", { site, cta: undefined }, idOf)).toBe(partialKey("footer.njk", { cta: undefined, site }, idOf));
  });

  it("differs for another object with equal content, another value or another partial", () => {
    const idOf = numbered();
    const key = partialKey("footer.njk", { site: { lang: "en" } }, idOf);
    expect(partialKey("footer.njk", { site: { lang: "en" } }, idOf)).not.toBe(key);
    expect(partialKey("footer.njk", { level: 2 }, idOf)).not.toBe(partialKey("footer.njk", { level: "2" }, idOf));
    const site = {};
    expect(partialKey("footer.njk", { site }, idOf)).not.toBe(partialKey("action-bar.njk", { site }, idOf));
  });
});

describe("partialsUsed", () => {
  it("names what a source includes or imports, with or without whitespace control", () => {
    const source = '{%- from "phone-link.njk" import phoneLink %}\n{% include "crisis-notice.njk" %}{%- import "forms/fields.njk" as f -%}';
    expect(partialsUsed(source)).toEqual(["phone-link.njk", "crisis-notice.njk", "forms/fields.njk"]);
  });
});

describe("overrideCheck", () => {
  const theme: Record<string, string> = {
    "footer.njk": '{% include "crisis-notice.njk" %}',
    "crisis-notice.njk": '{% from "phone-link.njk" import phoneLink %}',
    "phone-link.njk": "{% macro phoneLink() %}{% endmacro %}",
    "loop.njk": '{% include "loop.njk" %}',
  };
  const check = (own: string[]) => overrideCheck((name) => own.includes(name), (name) => theme[name]);

  it("counts a site's own copy of the partial or of one it uses at any depth", () => {
    expect(check(["footer.njk"])("footer.njk")).toBe(true);
    expect(check(["phone-link.njk"])("footer.njk")).toBe(true);
    expect(check(["crisis-notice.njk"])("footer.njk")).toBe(true);
  });

  it("is false when the site has none of them, also for a partial that includes itself", () => {
    expect(check(["header.njk"])("footer.njk")).toBe(false);
    expect(check([])("loop.njk")).toBe(false);
  });
});
