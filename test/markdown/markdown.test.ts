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
    const warnings: string[] = [];
    const { md, pageFor } = createMarkdown((w) => warnings.push(w));
    const html = md.render(SOURCE, { page: { inputPath: "./a.md" } });
    const headingsFor = (file: string) => pageFor(file).headings;
    expect(html).toContain('<h2 id="what-next">');
    expect(html).toContain('<h2 id="what-next-2">');
    expect(html).toContain('<h2 id="faq">'); // the layout's FAQ section is "_faq", out of every heading's reach
    expect(headingsFor("./a.md")).toEqual([
      { level: 2, text: "What next?", id: "what-next" },
      { level: 3, text: "Día 1 & 2 — withdrawal", id: "dia-1-2-withdrawal" },
      { level: 2, text: "What next?", id: "what-next-2" },
      { level: 2, text: "FAQ", id: "faq" },
      { level: 4, text: "Deep", id: "deep" },
    ]);
    expect(warnings).toEqual(['Haven: a.md:11: heading "Deep" skips from h2 to h4']);
  });
  it("gives the same ids when the same page data renders again", () => {
    const { md } = createMarkdown();
    const env = { page: { inputPath: "./a.md" } };
    expect(md.render(SOURCE, env)).toBe(md.render(SOURCE, env));
  });
  it("keeps pages apart", () => {
    const { md, pageFor } = createMarkdown();
    const headingsFor = (file: string) => pageFor(file).headings;
    md.render("## One", { page: { inputPath: "./one.md" } });
    md.render("## Two", { page: { inputPath: "./two.md" } });
    expect(headingsFor("./one.md").map((h) => h.id)).toEqual(["one"]);
    expect(headingsFor("./missing.md")).toEqual([]);
  });
});

describe("real pages' markdown (issue #19)", () => {
  const render = (source: string) => {
    const { md, pageFor } = createMarkdown(() => {});
    return { html: md.render(source, { page: { inputPath: "./x.md" } }), headings: pageFor("./x.md").headings };
  };

  it("counts <br> and the line break of a two-line setext heading as a space, in the TOC text and the id", () => {
    expect(render("## Week one<br>Stabilizing").headings).toEqual([{ level: 2, text: "Week one Stabilizing", id: "week-one-stabilizing" }]);
    expect(render("Week two\nAdjusting\n---").headings).toEqual([{ level: 2, text: "Week two Adjusting", id: "week-two-adjusting" }]);
  });

  it("refuses a # H1 in the body, naming the file", () => {
    expect(() => render("# Second title")).toThrow('x.md:1: "# Second title" would be a second h1');
  });

  it("renders footnotes with ids in the theme's _ namespace and labelled back-links", () => {
    const { html } = render("See X.[^1] And again.[^1]\n\n[^1]: The source.\n\n## Fn 1");
    expect(html).toContain('<a href="#_fn-1" id="_fnref-1" aria-describedby="_footnotes">[1]</a>');
    expect(html).toContain('id="_fnref-1-2"');
    expect(html).toContain('<li id="_fn-1" class="footnote-item">');
    expect(html).toContain('<a href="#_fnref-1" class="footnote-backref" aria-label="Back to reference 1">&#8617;&#65038;</a>');
    expect(html).toContain('<h2 id="fn-1">'); // a heading never takes a footnote's id
  });

  it("wraps tables in a labelled, focusable region that scrolls on its own", () => {
    const { html } = render("| Medication | Dose | Side effects | Cost | Notes |\n| - | - | - | - | - |\n| A | 1 | B | C | D |");
    expect(html).toContain('<section class="table-scroll" tabindex="0" aria-label="Table: Medication, Dose, Side effects, Cost, Notes">\n<table>');
    expect(html).toContain("</table>\n</section>");
  });
});

describe("createDataMarkdown", () => {
  it("demotes headings in an FAQ answer below the question's h3, without ids", () => {
    expect(createDataMarkdown().render("## Dosing\n\nText.\n\n### Later")).toBe("<h4>Dosing</h4>\n<p>Text.</p>\n<h5>Later</h5>\n");
  });
  it("shows raw HTML from data as text instead of passing it through", () => {
    const html = createDataMarkdown().render("Fine *answer* </script><script>alert(1)</script>");
    expect(html).toBe("<p>Fine <em>answer</em> &lt;/script&gt;&lt;script&gt;alert(1)&lt;/script&gt;</p>\n");
  });
});
