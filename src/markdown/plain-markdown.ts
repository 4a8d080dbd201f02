import type { UserConfig } from "../eleventy-types.ts";

/** Opening delimiters of Nunjucks (and Liquid) syntax, as Eleventy's own `needsCompilation` looks for them. */
const TEMPLATE_SYNTAX = /\{[{%#]/;

/** Whether a markdown body holds no template syntax, so rendering it as a template would give it back unchanged. */
export function isPlainMarkdown(body: string): boolean {
  return !TEMPLATE_SYNTAX.test(body);
}

/**
 * Markdown files with no template syntax are rendered as markdown only (`templateEngineOverride: "md"`),
 * not compiled as a Nunjucks template first: the output is the same, without a template compile per page.
 * A file that sets `templateEngineOverride` itself is left alone, and any `{{`, `{%` or `{#` keeps the
 * site's `markdownTemplateEngine`, so authors may write exactly what they could before.
 */
export function registerPlainMarkdown(eleventyConfig: UserConfig): void {
  eleventyConfig.addPreprocessor("haven-plain-markdown", "md", (data, body) => {
    if (data.templateEngineOverride === undefined && isPlainMarkdown(body)) data.templateEngineOverride = "md";
    return undefined; // the body itself is unchanged
  });
}
