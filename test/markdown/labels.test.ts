import { describe, expect, it } from "vitest";
import { createDataMarkdown, createMarkdown } from "../../src/markdown/markdown.ts";
import { createLabels } from "../../src/templates/labels-resolve.ts";

const BODY = "See this.[^1]\n\n| Dosis | Efectos |\n| --- | --- |\n| 1 | 2 |\n\n[^1]: A note.\n";

describe("markdown labels", () => {
  it("come from the labels table of the page's language", () => {
    const { md } = createMarkdown(() => {}, createLabels());
    const es = md.render(BODY, { site: { lang: "es" } });
    expect(es).toContain('>Notas</h2>');
    expect(es).toContain('aria-label="Volver a la referencia 1"');
    expect(es).toContain('aria-label="Tabla: Dosis, Efectos"');
    const en = md.render(BODY, { site: { lang: "en" } });
    expect(en).toContain('>Footnotes</h2>');
    expect(en).toContain('aria-label="Back to reference 1"');
    expect(en).toContain('aria-label="Table: Dosis, Efectos"');
  });
  it("follow a site's own labels, in FAQ answers too", () => {
    const labels = createLabels({ en: { tableUnlabelled: "Wide table", tableLabel: "Chart of {headers}" } });
    expect(createDataMarkdown(labels).render("| a | b |\n| - | - |\n| 1 | 2 |")).toContain('aria-label="Chart of a, b"');
  });
});
