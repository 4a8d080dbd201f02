import MarkdownIt, { type StateCore } from "markdown-it";
import anchor from "markdown-it-anchor";
import { slugify } from "./slug.ts";
import type { Heading } from "./toc.ts";

/** Ids the layouts use themselves; a heading never takes one. */
export const RESERVED_IDS = ["main", "top", "toc", "toc-title", "faq", "sources", "site-nav"];

/** Markdown-it plus the headings each page rendered, keyed by input path. */
export interface HavenMarkdown {
  md: InstanceType<typeof MarkdownIt>;
  headingsFor(inputPath: string): Heading[];
}

/**
 * Builds the theme's markdown-it: heading ids come from markdown-it-anchor with Haven's slugger,
 * and each page's headings are recorded from the tokens so the TOC never re-parses HTML.
 */
export function createMarkdown(): HavenMarkdown {
  const headings = new Map<string, Heading[]>();
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });
  // Eleventy passes the page data as env and reuses it; give every render a fresh slug set.
  md.core.ruler.push("haven_reset_slugs", (state: StateCore) => {
    const slugs: Record<string, true> = {};
    for (const id of RESERVED_IDS) slugs[id] = true;
    state.env.markdownItAnchor = { slugs };
  });
  md.use(anchor, {
    level: [2, 3, 4, 5, 6],
    tabIndex: false,
    slugify: (text: string) => slugify(text) || "section",
    uniqueSlugStartIndex: 2,
  });
  md.core.ruler.push("haven_collect_headings", (state: StateCore) => {
    delete state.env.markdownItAnchor; // the env is the page's data, kept until the build ends
    const inputPath: unknown = (state.env as { page?: { inputPath?: string } }).page?.inputPath;
    if (typeof inputPath !== "string") return;
    headings.set(inputPath, collectHeadings(state));
  });
  return { md, headingsFor: (inputPath) => headings.get(inputPath) ?? [] };
}

/** Markdown-it for text that comes from data (FAQ answers): raw HTML is shown as text, never passed through. */
export function createDataMarkdown(): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  // Data markdown renders synchronously, where the image pipeline cannot run: an unprocessed image would slip through.
  md.renderer.rules.image = (tokens, idx) => {
    throw new Error(`Images are not shown in FAQ answers or biographies: ${tokens[idx].attrGet("src")}. Put the image in the article's body.`);
  };
  return md;
}

function collectHeadings(state: StateCore): Heading[] {
  const found: Heading[] = [];
  state.tokens.forEach((token, i) => {
    const id = token.type === "heading_open" ? token.attrGet("id") : null;
    if (id === null) return;
    const text = (state.tokens[i + 1].children ?? [])
      .filter((child) => child.type === "text" || child.type === "code_inline")
      .map((child) => child.content)
      .join("");
    found.push({ level: Number(token.tag.slice(1)), text: detached(text), id: String(id) });
  });
  return found;
}

/** A copy of `text`: token text is a slice that would keep the page's whole markdown source in memory. */
function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
