import MarkdownIt, { type StateCore } from "markdown-it";
import anchor from "markdown-it-anchor";
import type { Labels } from "../templates/labels.ts";
import { footnotes } from "./footnotes.ts";
import { checkHeadingLevels, headingText } from "./headings.ts";
import { labelsOfEnv } from "./labels-of.ts";
import { createSlugger, type Slugger } from "./slug.ts";
import { scrollingTables } from "./tables.ts";
import type { Heading } from "./toc.ts";

/** What a page's body render leaves for its layout: its headings, and the slugger that gave their ids. */
export interface PageMarkdown {
  headings: Heading[];
  /** The page's one slugger: the FAQ's ids continue from the body's (through `fork`), so none collide. */
  slugger: Slugger;
}

/** Markdown-it plus what each page rendered, keyed by input path. */
export interface HavenMarkdown {
  md: InstanceType<typeof MarkdownIt>;
  pageFor(inputPath: string): PageMarkdown;
}

type Env = { page?: { inputPath?: string } };

/**
 * Builds the theme's markdown-it: heading ids come from markdown-it-anchor with the page's slugger, and
 * each page's headings are recorded from the tokens so the TOC never re-parses HTML. Also footnotes,
 * scrolling tables and the heading-level check (`warn` gets skipped levels). Footnote and table labels come from
 * `labelsFor` by the page's `site.lang` (English without it).
 */
export function createMarkdown(warn: (message: string) => void = console.warn, labelsFor?: (lang: string) => Labels): HavenMarkdown {
  const pages = new Map<string, PageMarkdown>();
  const md = new MarkdownIt({ html: true, linkify: false, typographer: true });
  let slugger = createSlugger();
  // Eleventy passes the page data as env and reuses it; give every render a fresh slugger.
  md.core.ruler.push("haven_reset_slugs", (state: StateCore) => {
    slugger = createSlugger();
    state.env.markdownItAnchor = { slugs: {} };
    const inputPath = (state.env as Env).page?.inputPath;
    if (typeof inputPath === "string") checkHeadingLevels(state, inputPath, warn);
  });
  md.use(anchor, { level: [2, 3, 4, 5, 6], tabIndex: false, slugify: (text: string) => slugger(text), getTokensText: headingText });
  const labelsOf = labelsOfEnv(labelsFor);
  footnotes(md, labelsOf);
  scrollingTables(md, labelsOf);
  md.core.ruler.push("haven_collect_headings", (state: StateCore) => {
    delete state.env.markdownItAnchor; // the env is the page's data, kept until the build ends
    const inputPath = (state.env as Env).page?.inputPath;
    if (typeof inputPath === "string") pages.set(inputPath, { headings: collectHeadings(state), slugger });
  });
  return { md, pageFor: (inputPath) => pages.get(inputPath) ?? { headings: [], slugger: createSlugger() } };
}

/**
 * Markdown-it for text that comes from data (FAQ answers): raw HTML is shown as text, never passed through;
 * headings are demoted below the question's h3 (and get no ids: they stay out of the TOC); tables scroll, labelled
 * in `labelsFor`'s labels of the env's `site.lang` (English without them).
 */
export function createDataMarkdown(labelsFor?: (lang: string) => Labels): InstanceType<typeof MarkdownIt> {
  const md = new MarkdownIt({ html: false, linkify: false, typographer: true });
  scrollingTables(md, labelsOfEnv(labelsFor));
  md.core.ruler.push("haven_demote_headings", (state: StateCore) => {
    const levels = state.tokens.filter((t) => t.type === "heading_open").map((t) => Number(t.tag.slice(1)));
    const shift = levels.length ? 4 - Math.min(...levels) : 0;
    for (const token of state.tokens) {
      if (token.type === "heading_open" || token.type === "heading_close") token.tag = `h${Math.min(6, Number(token.tag.slice(1)) + shift)}`;
    }
  });
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
    found.push({ level: Number(token.tag.slice(1)), text: detached(headingText(state.tokens[i + 1].children ?? [])), id: String(id) });
  });
  return found;
}

/** A copy of `text`: token text is a slice that would keep the page's whole markdown source in memory. */
function detached(text: string): string {
  return Buffer.from(text, "utf8").toString("utf8");
}
