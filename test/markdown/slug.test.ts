import { describe, expect, it } from "vitest";
import { createSlugger, slugify } from "../../src/markdown/slug.ts";
import { fieldId, footnoteId, footnoteRefId, formIds, IDS } from "../../src/templates/ids.ts";

describe("slugify", () => {
  it("lowercases and joins words with hyphens", () => {
    expect(slugify("What Is Ketamine Therapy?")).toBe("what-is-ketamine-therapy");
  });
  it("drops punctuation and dashes without doubling hyphens", () => {
    expect(slugify("Day 1–3: Acute withdrawal & monitoring")).toBe("day-1-3-acute-withdrawal-monitoring");
  });
  it("keeps letters, marks and numbers of every script in NFC, folding only Latin accents", () => {
    expect(slugify("नशा मुक्ति उपचार")).toBe("नशा-मुक्ति-उपचार"); // Devanagari vowel signs are marks: kept
    expect(slugify("العلاج بالكيتامين")).toBe("العلاج-بالكيتامين");
    expect(slugify("Лечение зависимости")).toBe("лечение-зависимости");
    expect(slugify("ケタミン療法とは")).toBe("ケタミン療法とは");
    expect(slugify("การบำบัด ยาเสพติด")).toBe("การบำบัด-ยาเสพติด"); // Thai marks kept
    expect(slugify("Tiếng Việt")).toBe("tieng-viet");
    expect(slugify("Ο\u0301μικρον")).toBe("όμικρον"); // Greek: composed to NFC, accent kept
    expect(slugify("İstanbul")).toBe("istanbul");
    expect(slugify("under_score")).toBe("under-score"); // never an underscore: the theme's ids start with one
  });
  it("folds accents and keeps other scripts readable", () => {
    expect(slugify("Qué esperar: café")).toBe("que-esperar-cafe");
    expect(slugify("治疗 选择")).toBe("治疗-选择");
  });
});

describe("the theme's id namespace", () => {
  // Every code point, alone, after an underscore and before one: no heading text slugs to a leading "_".
  it("is out of every heading's reach: no text slugs to an id starting with _", () => {
    let tried = 0;
    for (let cp = 0; cp <= 0x10ffff; cp++) {
      if (cp >= 0xd800 && cp <= 0xdfff) continue;
      const c = String.fromCodePoint(cp);
      for (const text of [c, `_${c}`, `${c}_x`, `＿${c}`]) {
        const id = slugify(text);
        tried++;
        if (id.startsWith("_")) expect.fail(`${JSON.stringify(text)} slugs to ${id}`);
      }
    }
    expect(tried).toBe(4 * (0x110000 - 0x800));
    // The slugger adds only "section" and "-2"-style suffixes to what slugify gives.
    const slug = createSlugger();
    expect([slug("_top"), slug("_top"), slug("___")]).toEqual(["top", "top-2", "section"]);
  });
  it("holds every id the theme writes", () => {
    const own = [...Object.values(IDS), ...Object.values(formIds("book")), fieldId("book", "email"), footnoteId(1), footnoteRefId(1, 2)];
    for (const id of own) expect(id).toMatch(/^_[a-z]/);
  });
});

describe("createSlugger", () => {
  it("suffixes repeats and skips ids handed out before", () => {
    const slug = createSlugger(["faq"]);
    expect([slug("What next?"), slug("What next?"), slug("FAQ"), slug("!!!")]).toEqual([
      "what-next",
      "what-next-2",
      "faq-2",
      "section",
    ]);
  });
});
