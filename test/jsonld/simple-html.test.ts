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
    "<p><strong>Title</strong></p><p>A b<br>c</p>",
  );
});

it("keeps only the href of a link, quoted", () => {
  expect(simpleHtml(`<a class="button" href='/x?q="y"' target="_blank">go</a>`)).toBe('<a href="/x?q=&quot;y&quot;">go</a>');
  expect(simpleHtml("<a name=top>here</a>")).toBe("<a>here</a>");
});

it("removes script tags and comments", () => {
  expect(simpleHtml("<p>x</p></script><script>alert(1)</script><!-- note -->")).toBe("<p>x</p>alert(1)");
});

it("keeps an FAQ answer's headings and tables as readable text", () => {
  const html = '<h4>Dosing</h4>\n<section class="table-scroll" tabindex="0" aria-label="Table: Week, Dose">\n<table>\n<thead>\n<tr>\n<th>Week</th>\n<th>Dose</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td>1</td>\n<td>Low</td>\n</tr>\n</tbody>\n</table>\n</section>\n';
  expect(simpleHtml(html).replace(/\n/g, "")).toBe("<p><strong>Dosing</strong></p>Week; Dose<br>1; Low<br>");
});
