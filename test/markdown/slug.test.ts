import { describe, expect, it } from "vitest";
import { createSlugger, slugify } from "../../src/markdown/slug.ts";

describe("slugify", () => {
  it("lowercases and joins words with hyphens", () => {
    expect(slugify("What Is Ketamine Therapy?")).toBe("what-is-ketamine-therapy");
  });
  it("drops punctuation and dashes without doubling hyphens", () => {
    expect(slugify("Day 1–3: Acute withdrawal & monitoring")).toBe("day-1-3-acute-withdrawal-monitoring");
  });
  it("folds accents and keeps other scripts readable", () => {
    expect(slugify("Qué esperar: café")).toBe("que-esperar-cafe");
    expect(slugify("治疗 选择")).toBe("治疗-选择");
  });
});

describe("createSlugger", () => {
  it("suffixes repeats and skips reserved ids", () => {
    const slug = createSlugger(["faq"]);
    expect([slug("What next?"), slug("What next?"), slug("FAQ"), slug("!!!")]).toEqual([
      "what-next",
      "what-next-2",
      "faq-2",
      "section",
    ]);
  });
});
