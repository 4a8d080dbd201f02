import type MarkdownIt from "markdown-it";
import type { PluginSimple, Token } from "markdown-it";
import footnote from "markdown-it-footnote";

type Md = InstanceType<typeof MarkdownIt>;

// Ids start with `_`, which no heading slug produces: `_fn-1`, `_fnref-1`, `_fnref-1-2` for a second reference.
const noteId = (tokens: Token[], idx: number) => String(Number(tokens[idx].meta.id) + 1);
const refId = (tokens: Token[], idx: number) => `${noteId(tokens, idx)}${tokens[idx].meta.subId > 0 ? `-${tokens[idx].meta.subId + 1}` : ""}`;

/**
 * Footnotes (`See X.[^1]` … `[^1]: …`) by markdown-it-footnote, with ids in the theme's `_` namespace, a
 * labelled footnotes section and back-links that say where they go ("Back to reference 1"). Latin-1 output:
 * the back-link arrow is written as an entity.
 */
export function footnotes(md: Md): void {
  // @types/markdown-it-footnote is written against an older markdown-it's types; the plugin itself fits.
  md.use(footnote as unknown as PluginSimple);
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx) => {
    const n = noteId(tokens, idx);
    return `<sup class="footnote-ref"><a href="#_fn-${n}" id="_fnref-${refId(tokens, idx)}" aria-describedby="_footnotes">[${n}]</a></sup>`;
  };
  rules.footnote_block_open = () =>
    '<section class="footnotes" aria-labelledby="_footnotes">\n<h2 class="visually-hidden" id="_footnotes">Footnotes</h2>\n<ol class="footnotes-list">\n';
  rules.footnote_open = (tokens, idx) => `<li id="_fn-${noteId(tokens, idx)}" class="footnote-item">`;
  rules.footnote_anchor = (tokens, idx) => {
    const ref = refId(tokens, idx);
    return ` <a href="#_fnref-${ref}" class="footnote-backref" aria-label="Back to reference ${ref}">&#8617;&#65038;</a>`;
  };
}
