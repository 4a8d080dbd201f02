import { expect, it } from "vitest";
import { createMarkdown } from "../../src/markdown/markdown.ts";
import { simpleHtml } from "../../src/jsonld/simple-html.ts";

it("leaves markdown paragraphs, lists, links and emphasis exactly as rendered", () => {
  const { md } = createMarkdown();
  const html = md.render('Some **bold** and *soft* text,\nwith a [link](/x/?a=1&b=2 "title-free") and "quotes".\n\n1. one\n2. two\n\n- a\n- b  \n  c');
  expect(simpleHtml(html)).toBe(html.replace(' title="title-free"', ""));
});

it("drops other tags and attributes but keeps their text", () => {
  expect(simpleHtml('<div class="x"><h3 id="q">Title</h3><p class="lead">A <code>b</code><br/>c<img src="/i.png" alt="i"></p></div>')).toBe(
    "Title<p>A b<br>c</p>",
  );
});

it("keeps only the href of a link, quoted", () => {
  expect(simpleHtml(`<a class="button" href='/x?q="y"' target="_blank">go</a>`)).toBe('<a href="/x?q=&quot;y&quot;">go</a>');
  expect(simpleHtml("<a name=top>here</a>")).toBe("<a>here</a>");
});

it("removes script tags and comments", () => {
  expect(simpleHtml("<p>x</p></script><script>alert(1)</script><!-- note -->")).toBe("<p>x</p>alert(1)");
});
