import { simpleHtml } from "../simple-html.ts";
import { IDS } from "../../templates/ids.ts";
import { isObject, isText, type JsonNode, resolver, typesOf, valuesOf } from "./read.ts";

// The escaping Nunjucks' autoescape gives the visible question text.
const ESCAPES: Record<string, string> = { "&": "&amp;", '"': "&quot;", "'": "&#39;", "<": "&lt;", ">": "&gt;", "\\": "&#92;" };
const escapeHtml = (text: string) => text.replace(/[&"'<>\\]/g, (char) => ESCAPES[char]);

/**
 * Questions and answers of the page's FAQPage that its visible HTML does not show, found by plain string
 * search for the same rendered HTML (a DOM parse of every page would slow the build down). An answer is also
 * found in the FAQ's section as the HTML its text was made from (`answerHtml`, when the build made it), before any rewrite of the page.
 */
export function invisibleFaq(nodes: JsonNode[], visibleParts: string[], answerHtml: (text: string) => string | undefined = () => undefined): string[] {
  const resolve = resolver(nodes);
  const faqPages = nodes.filter((node) => typesOf(node).includes("FAQPage"));
  return faqPages.flatMap((node) => {
    const shown = finder(visibleParts, typeof node["@id"] === "string" ? node["@id"] : undefined);
    return valuesOf(node.mainEntity).map(resolve).flatMap((question, i) => {
      if (!isObject(question)) return [];
      const at = `FAQPage.mainEntity[${i}]`;
      const answer = resolve(valuesOf(question.acceptedAnswer)[0]);
      const text = isObject(answer) ? answer.text : undefined;
      return [
        ...(isText(question.name) && !shown(escapeHtml(question.name)) ? [`${at}.name: not in the page's visible HTML`] : []),
        ...(isText(text) && !shown(text, answerHtml(text)) ? [`${at}.acceptedAnswer.text: not in the page's visible HTML`] : []),
      ];
    });
  });
}

/** Resolves a link of the page (whatever rewrote it, e.g. Eleventy's HtmlBasePlugin) against the page's URL, as the graph's answers give it. */
function absolute(pageUrl: string | undefined): (href: string) => string {
  return (href) => {
    if (!pageUrl || !URL.canParse(href, pageUrl)) return href;
    return new URL(href, pageUrl).href;
  };
}

/**
 * Looks for each text after the one found before it, since the FAQ shows them in graph order: one pass
 * over the page instead of one per text, with a full search only for a text shown out of order.
 */
function finder(parts: string[], pageUrl?: string): (text: string, source?: string) => boolean {
  let part = 0;
  let from = 0;
  let limited: string[] | undefined;
  const inOrder = (text: string) => {
    for (let p = part; p < parts.length; p++) {
      const at = parts[p].indexOf(text, p === part ? from : 0);
      if (at < 0) continue;
      [part, from] = [p, at + text.length];
      return true;
    }
    return false;
  };
  return (text, source) => {
    if (inOrder(text)) return true;
    // The answer as the page shows it, in the FAQ's section, as the rewrite below would look for it.
    if (source !== undefined && parts.some((html) => faqSection(html).includes(source))) return true;
    // Shown out of order; or an answer using tags beyond the simple ones, or links made absolute, in the graph: look for it alike.
    return parts.some((html) => html.includes(text)) || (limited ??= parts.map((html) => simpleHtml(faqSection(html), absolute(pageUrl)))).some((html) => html.includes(text));
  };
}

const FAQ_HEADING = `id="${IDS.faq}"`;

/**
 * The part of `html` from the FAQ's heading to the end of its section, else all of it: the only place the
 * FAQ is shown, and a sixth of an article, so the fallback's rewrite to simple HTML stays small. Sections
 * inside it (an answer's scrolling table) are counted, so its own end is the one found.
 */
function faqSection(html: string): string {
  const start = html.indexOf(FAQ_HEADING);
  if (start < 0) return html;
  const tags = /<(\/?)section\b/g;
  tags.lastIndex = start;
  let depth = 1;
  for (let tag = tags.exec(html); tag; tag = tags.exec(html)) {
    depth += tag[1] ? -1 : 1;
    if (depth === 0) return html.slice(start, tag.index);
  }
  return html.slice(start);
}
