import type { UserConfig } from "../eleventy-types.ts";
import type { HavenOptions } from "../options.ts";
import type { Labels } from "../templates/labels.ts";
import { createDataMarkdown, createMarkdown, type HavenMarkdown } from "./markdown.ts";
import { registerFileLines } from "./file-lines.ts";
import { memoizeMarkdown } from "./memo.ts";
import { pageOutline } from "./outline.ts";
import { registerPlainMarkdown } from "./plain-markdown.ts";

type Md = HavenMarkdown["md"];

/** Markdown from data (FAQ answers, bios): raw HTML shown as text. */
export interface DataMarkdown {
  take(text: string): string;
  render(text: string): string;
}

/** How the plugin extends the theme's markdown. */
export interface MarkdownSetup {
  toc: HavenOptions["toc"];
  /** Applied to both renderers, page bodies and data (e.g. site links with the path prefix). */
  use: (md: Md) => void;
  /** The labels of a page's language: the FAQ and sources titles in the table of contents. */
  labels: (lang: string) => Labels;
  /** Wraps the page-body renderer into the library Eleventy gets (e.g. for body images). */
  library: (md: Md) => unknown;
}

/**
 * Sets the theme's markdown-it as Eleventy's markdown library and registers `havenMarkdown` (FAQ answers
 * from data) and `havenOutline` (a page's TOC and FAQ ids: `faq | havenOutline(sources.length > 0)`). Returns the data renderer: `take` gives the
 * FAQPage the visible answers' HTML back, so no answer is rendered twice; `render` renders afresh.
 */
export function registerMarkdown(eleventyConfig: UserConfig, { toc, use, library, labels }: MarkdownSetup): DataMarkdown {
  const { md, pageFor } = createMarkdown(console.warn, labels);
  use(md);
  eleventyConfig.setLibrary("md", library(md));
  registerFileLines(eleventyConfig);
  registerPlainMarkdown(eleventyConfig);
  const dataMarkdown = createDataMarkdown(labels);
  use(dataMarkdown);
  const markdown = memoizeMarkdown((text: string) => dataMarkdown.render(text));
  eleventyConfig.addFilter("havenMarkdown", markdown.render);
  // The section titles come from the labels the faq and sources partials show: one place for both.
  eleventyConfig.addFilter("havenOutline", function (faq: { question: string }[] = [], hasSources = false) {
    const { faqTitle, sourcesTitle } = labels(String((this.ctx?.site as { lang?: string } | undefined)?.lang ?? "en"));
    const { headings, slugger } = pageFor(this.page.inputPath);
    return pageOutline(headings, slugger.fork(), faq.map((f) => f.question), { faqTitle, sourcesTitle, hasSources }, toc);
  });
  return { take: markdown.take, render: (text) => dataMarkdown.render(text) };
}
