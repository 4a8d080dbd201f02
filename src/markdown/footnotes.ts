import type MarkdownIt from "markdown-it";
import type { PluginSimple, Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import { footnoteId, footnoteRefId, IDS } from "../templates/ids.ts";

type Md = InstanceType<typeof MarkdownIt>;

// markdown-it-footnote counts notes and repeated references from 0; the ids and labels count from 1.
const noteNumber = (tokens: Token[], idx: number) => Number(tokens[idx].meta.id) + 1;
const refId = (tokens: Token[], idx: number) => footnoteRefId(noteNumber(tokens, idx), Number(tokens[idx].meta.subId) + 1);

/**
 * Footnotes (`See X.[^1]` … `[^1]: …`) by markdown-it-footnote, with ids in the theme's `_` namespace
 * (`_fn-1`, `_fnref-1`, `_fnref-1-2` for a second reference), a labelled footnotes section and back-links
 * that say where they go ("Back to reference 1"). Latin-1 output: the back-link arrow is written as an entity.
 */
export function footnotes(md: Md): void {
  // @types/markdown-it-footnote is written against an older markdown-it's types; the plugin itself fits.
  md.use(footnote as unknown as PluginSimple);
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx) => {
    const n = noteNumber(tokens, idx);
    return `<sup class="footnote-ref"><a href="#${footnoteId(n)}" id="${refId(tokens, idx)}" aria-describedby="${IDS.footnotes}">[${n}]</a></sup>`;
  };
  rules.footnote_block_open = () =>
    `<section class="footnotes" aria-labelledby="${IDS.footnotes}">\n<h2 class="visually-hidden" id="${IDS.footnotes}">Footnotes</h2>\n<ol class="footnotes-list">\n`;
  rules.footnote_open = (tokens, idx) => `<li id="${footnoteId(noteNumber(tokens, idx))}" class="footnote-item">`;
  rules.footnote_anchor = (tokens, idx) => {
    const ref = refId(tokens, idx).slice("_fnref-".length);
    return ` <a href="#${refId(tokens, idx)}" class="footnote-backref" aria-label="Back to reference ${ref}">&#8617;&#65038;</a>`;
  };
}
