import { describe, expect, it } from "vitest";
import { buildToc } from "../../src/markdown/toc.ts";

const h = (level: number, id: string) => ({ level, id, text: id.toUpperCase() });

describe("buildToc", () => {
  it("nests H3s under the H2 before them", () => {
    expect(buildToc([h(2, "a"), h(3, "a1"), h(3, "a2"), h(2, "b")])).toEqual([
      { id: "a", text: "A", children: [{ id: "a1", text: "A1", children: [] }, { id: "a2", text: "A2", children: [] }] },
      { id: "b", text: "B", children: [] },
    ]);
  });
  it("leaves out levels outside the range", () => {
    expect(buildToc([h(1, "t"), h(2, "a"), h(4, "deep")]).map((e) => e.id)).toEqual(["a"]);
    expect(buildToc([h(2, "a"), h(4, "deep")], 2, 4)[0].children[0].id).toBe("deep");
  });
  it("keeps an H3 that comes before any H2 at the top level", () => {
    expect(buildToc([h(3, "intro"), h(2, "a")]).map((e) => e.id)).toEqual(["intro", "a"]);
  });
  it("returns nothing for no headings", () => {
    expect(buildToc([])).toEqual([]);
  });
});
