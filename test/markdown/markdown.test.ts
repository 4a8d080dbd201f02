import { describe, expect, it } from "vitest";
import { createDataMarkdown, createMarkdown } from "../../src/markdown/markdown.ts";

const SOURCE = `## What next?

Text.

### Día 1 & 2 — \`withdrawal\`

## What next?

## FAQ

#### Deep
`;

describe("createMarkdown", () => {
  it("gives headings unique, readable ids and records them for the page", () => {
    const { md, headingsFor } = createMarkdown();
    const html = md.render(SOURCE, { page: { inputPath: "./a.md" } });
    expect(html).toContain('<h2 id="what-next">');
    expect(html).toContain('<h2 id="what-next-2">');
    expect(html).toContain('<h2 id="faq-2">'); // "faq" belongs to the layout's FAQ section
    expect(headingsFor("./a.md")).toEqual([
      { level: 2, text: "What next?", id: "what-next" },
      { level: 3, text: "Día 1 & 2 — withdrawal", id: "dia-1-2-withdrawal" },
      { level: 2, text: "What next?", id: "what-next-2" },
      { level: 2, text: "FAQ", id: "faq-2" },
      { level: 4, text: "Deep", id: "deep" },
    ]);
  });
  it("gives the same ids when the same page data renders again", () => {
    const { md } = createMarkdown();
    const env = { page: { inputPath: "./a.md" } };
    expect(md.render(SOURCE, env)).toBe(md.render(SOURCE, env));
  });
  it("keeps pages apart", () => {
    const { md, headingsFor } = createMarkdown();
    md.render("## One", { page: { inputPath: "./one.md" } });
    md.render("## Two", { page: { inputPath: "./two.md" } });
    expect(headingsFor("./one.md").map((h) => h.id)).toEqual(["one"]);
    expect(headingsFor("./missing.md")).toEqual([]);
  });
});

describe("createDataMarkdown", () => {
  it("shows raw HTML from data as text instead of passing it through", () => {
    const html = createDataMarkdown().render("Fine *answer* </script><script>alert(1)</script>");
    expect(html).toBe("<p>Fine <em>answer</em> &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });
});
