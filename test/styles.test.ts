import { describe, expect, it } from "vitest";
import { brandSchema } from "../src/data/brand-schema.ts";
import { oklch, wcagContrast } from "culori";
import { contrastProblems } from "../src/styles/contrast.ts";
import { brandProperties, compileCss } from "../src/styles/stylesheet.ts";
import { parseData } from "../src/validate/parse-data.ts";

const ok = { primary: "#0f5f5c", primaryDark: "#7fd6cf", highlight: "#fff1c7", highlightDark: "#3a3218" };

describe("brand contrast", () => {
  it("accepts the default brand", () => {
    expect(contrastProblems(ok)).toEqual([]);
  });
  it("fails a light brand colour with the field, the ratio and the use", () => {
    expect(parseData(brandSchema, { primary: "#66aaff" }, "content/_data/site.ts").ok).toBe(false);
    const checked = parseData(brandSchema, { primary: "#66aaff", primaryDark: "#7fd6cf", highlightDark: "#ffffff" }, "site.ts");
    expect(checked.ok ? [] : checked.problems).toMatchInlineSnapshot(`
      [
        "site.ts: primary: contrast 2.40:1 against #ffffff (links and white button text on the page) is below WCAG AA 4.5:1; the nearest passing shade of the same hue is #2b6fbf",
        "site.ts: primary: contrast 2.19:1 against #f3f5f7 (links on call-out backgrounds) is below WCAG AA 4.5:1; the nearest passing shade of the same hue is #2b6fbf",
        "site.ts: primary: contrast 2.13:1 against #fff1c7 (links on the crisis notice) is below WCAG AA 4.5:1; the nearest passing shade of the same hue is #2b6fbf",
        "site.ts: primaryDark: contrast 1.69:1 against #ffffff (links on the dark crisis notice) is below WCAG AA 4.5:1",
        "site.ts: highlightDark: contrast 1.21:1 against #e8eaed (text on the dark crisis notice) is below WCAG AA 4.5:1; the nearest passing shade of the same hue is #696969",
      ]
    `);
  });
  it("suggests a shade that passes, of the same hue", () => {
    const checked = parseData(brandSchema, { primary: "#66aaff" }, "site.ts");
    const shade = (checked.ok ? "" : checked.problems[0]).match(/#[0-9a-f]{6}$/)![0];
    expect(parseData(brandSchema, { primary: shade }, "site.ts").ok).toBe(true);
    expect(Math.abs(oklch(shade)!.h! - oklch("#66aaff")!.h!)).toBeLessThan(3);
  });
  it("derives the dark-mode colour from primary alone: same hue, passing on every dark background", () => {
    for (const primary of ["#8b1e3f", "#1d4ed8", "#0f5f5c", "#5b2a86"]) {
      const checked = parseData(brandSchema, { primary }, "site.ts");
      expect(checked.ok, primary).toBe(true);
      const dark = checked.ok ? checked.data.primaryDark : "";
      expect(dark, primary).not.toBe("#7fd6cf");
      expect(Math.abs(oklch(dark)!.h! - oklch(primary)!.h!), primary).toBeLessThan(5);
      for (const bg of ["#121417", "#1d2126", "#3a3218"]) expect(wcagContrast(dark, bg), `${primary} on ${bg}`).toBeGreaterThanOrEqual(4.5);
    }
    const unset = parseData(brandSchema, {}, "site.ts");
    expect(unset.ok && unset.data.primaryDark).toBe("#7fd6cf");
  });
  it("rejects colours that are not hex", () => {
    const checked = parseData(brandSchema, { primary: "teal" }, "site.ts");
    expect(checked.ok ? [] : checked.problems).toEqual(["site.ts: primary: Expected a hex colour like #0f5f5c"]);
  });
});

describe("stylesheet", () => {
  it("compiles nesting and custom media into minified CSS", async () => {
    const css = await compileCss("@custom-media --wide (width >= 48em);\n.a { & b { color: red } }\n@media (--wide) { .a { margin: 0 } }");
    expect(css).toBe(".a b{color:red}@media (min-width:48em){.a{margin:0}}");
  });
  it("turns brand colours into the custom properties base.css reads", () => {
    expect(brandProperties(ok)).toBe(":root{--brand:#0f5f5c;--brand-dark:#7fd6cf;--highlight:#fff1c7;--highlight-dark:#3a3218}");
  });
});
