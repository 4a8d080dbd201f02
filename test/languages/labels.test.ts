import { describe, expect, it } from "vitest";
import { createLabels } from "../../src/templates/labels-resolve.ts";
import { ENGLISH, LABEL_KEYS, LABEL_TABLES } from "../../src/templates/labels.ts";

const placeholders = (text: string) => (text.match(/\{\w+\}/g) ?? []).sort();

describe("the label tables", () => {
  it.each(Object.keys(LABEL_TABLES))("%s has every key of the English table, each a non-empty text with the same placeholders", (lang) => {
    const table = LABEL_TABLES[lang] as Record<string, string>;
    expect(Object.keys(table).sort()).toEqual([...LABEL_KEYS].sort());
    for (const key of LABEL_KEYS) {
      expect(table[key].trim(), key).not.toBe("");
      expect(placeholders(table[key]), key).toEqual(placeholders(ENGLISH[key]));
    }
  });
  it("says the terms US health sites use in Spanish", () => {
    const es = createLabels()("es-US");
    expect([es.verifyInsurance, es.reviewedBy, es.formSummaryTitle]).toEqual(["Verificar seguro", "Revisado médicamente por", "Hay un problema"]);
  });
});

describe("resolving a language's labels", () => {
  it("takes the table of the language subtag, with the site's overrides for the subtag, then the tag, on top", () => {
    const labels = createLabels({ es: { faqTitle: "Preguntas" }, "es-MX": { faqTitle: "Dudas" } });
    expect(labels("es-US").faqTitle).toBe("Preguntas");
    expect(labels("es-MX").faqTitle).toBe("Dudas");
    expect(labels("en-US").faqTitle).toBe(ENGLISH.faqTitle);
  });
  it("refuses a language without a table, naming the first missing key and the language, never falling back to English", () => {
    expect(() => createLabels()("vi-VN")).toThrow(/no label "skipToContent" for language vi-VN.*labels: \{ vi: \{ skipToContent/);
    const { formConsent: _left, ...allButOne } = ENGLISH;
    expect(() => createLabels({ vi: allButOne })("vi")).toThrow(/no label "formConsent" for language vi \(missing: formConsent\)/);
    expect(createLabels({ vi: { ...ENGLISH, home: "Trang chủ" } })("vi-VN").home).toBe("Trang chủ");
  });
});
