import { parse } from "node-html-parser";
import { describe, expect, it } from "vitest";
import { buildGraph } from "../../src/jsonld/graph.ts";
import { jsonLdScript, serializeJsonLd } from "../../src/jsonld/serialize.ts";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { articlePage, insurers, site, imageFile } from "./inputs.ts";

const HOSTILE = "</script><script>alert(1)</script>";

describe("serializeJsonLd", () => {
  it("escapes <, > and & as \\u escapes", () => {
    expect(serializeJsonLd({ text: HOSTILE })).toBe(
      String.raw`{"text":"\u003c/script\u003e\u003cscript\u003ealert(1)\u003c/script\u003e"}`,
    );
    expect(serializeJsonLd({ text: "<!-- & -->" })).toBe(String.raw`{"text":"\u003c!-- \u0026 --\u003e"}`);
  });

  it("escapes the line and paragraph separators U+2028 and U+2029", () => {
    expect(serializeJsonLd({ text: "a\u2028b\u2029c" })).toBe(String.raw`{"text":"a\u2028b\u2029c"}`);
  });

  it("stays the same JSON: parsing gives the data back unchanged", () => {
    const data = { text: `${HOSTILE} & <b>\u2028\u2029 "quoted" \\ é` };
    expect(JSON.parse(serializeJsonLd(data))).toEqual(data);
  });
});

describe("jsonLdScript with hostile page data", () => {
  const { md } = createMarkdown();
  const hostile = {
    ...articlePage,
    title: `Detox ${HOSTILE}`,
    article: {
      ...articlePage.article!,
      faq: [
        { question: `Is ${HOSTILE} safe?`, answer: HOSTILE },
        { question: "Code?", answer: "`</script><script>alert(1)</script>` and <span>\u2028</span>" },
      ],
    },
  };
  const graph = buildGraph({ site, insurers, page: hostile, markdown: (text) => md.render(text), imageFile });
  const html = jsonLdScript(graph);

  it("writes one script element that no FAQ answer or title can end", () => {
    const doc = parse(`<body>${html}</body>`);
    expect(doc.querySelectorAll("script")).toHaveLength(1);
    expect(html.indexOf("</script")).toBe(html.length - "</script>".length);
    expect(html.slice(html.indexOf(">") + 1, -"</script>".length)).not.toMatch(/[<>&\u2028\u2029]/);
  });

  it("parses back to the graph that was built", () => {
    const doc = parse(`<body>${html}</body>`);
    expect(JSON.parse(doc.querySelector("script")!.rawText)).toEqual(graph);
  });
});
