import { describe, expect, it } from "vitest";
import { pageOutline } from "../../src/markdown/outline.ts";
import { createSlugger } from "../../src/markdown/slug.ts";
import { IDS } from "../../src/templates/ids.ts";

const sections = { faqTitle: "FAQ", sourcesTitle: "Sources", hasSources: true };
const levels = { minLevel: 2, maxLevel: 3 };

describe("pageOutline", () => {
  it("adds the FAQ with its questions and the sources after the body", () => {
    const body = [{ level: 2, text: "Is it safe?", id: "is-it-safe" }];
    const { toc, faqIds } = pageOutline(body, createSlugger(["is-it-safe"]), ["Is it safe?", "Is it legal?"], sections, levels);
    expect(faqIds).toEqual(["is-it-safe-2", "is-it-legal"]);
    expect(toc.map((e) => e.id)).toEqual(["is-it-safe", IDS.faq, IDS.sources]);
    expect(toc[1].children.map((e) => e.id)).toEqual(faqIds);
  });
  it("leaves out empty sections", () => {
    const { toc } = pageOutline([], createSlugger(), [], { ...sections, hasSources: false }, levels);
    expect(toc).toEqual([]);
  });
});
