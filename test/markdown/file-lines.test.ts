import { describe, expect, it } from "vitest";
import { linesBeforeBody } from "../../src/markdown/file-lines.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";

const FILE = "---\ntitle: T\ndescription: D\n---\n\nIntro.\n\nWeek one\nStabilizing\n--------\n\n#### Deep\n\n## Again\n\n#### Deep\n";

describe("linesBeforeBody", () => {
  it("counts the front matter's lines, and none without front matter", () => {
    expect(linesBeforeBody(FILE, FILE.slice(FILE.indexOf("---\n", 4) + 4))).toBe(4);
    expect(linesBeforeBody("## A\n", "## A\n")).toBe(0);
    expect(linesBeforeBody("abc", "other")).toBe(0);
  });
});

describe("heading warnings", () => {
  it("name each heading's own line in the file, for setext and repeated headings too", () => {
    const body = FILE.slice(FILE.indexOf("---\n", 4) + 4);
    const padded = "\n".repeat(linesBeforeBody(FILE, body)) + body; // what the haven-file-lines preprocessor hands on
    const warnings: string[] = [];
    createMarkdown((w) => warnings.push(w)).md.render(padded, { page: { inputPath: "a.md" } });
    // The two "Deep" headings are on lines 12 and 16; the setext H2 ("Week one Stabilizing") on lines 8-10.
    expect(warnings).toEqual(['Haven: a.md:12: heading "Deep" skips from h2 to h4', 'Haven: a.md:16: heading "Deep" skips from h2 to h4']);
  });
});
