import type MarkdownIt from "markdown-it";
import type { PluginSimple, Token } from "markdown-it";
import footnote from "markdown-it-footnote";
import { footnoteId, footnoteRefId, IDS } from "../templates/ids.ts";
import type { LabelsOf } from "./labels-of.ts";

type Md = InstanceType<typeof MarkdownIt>;

// markdown-it-footnote counts notes and repeated references from 0; ids and labels count from 1.
const noteNumber = (tokens: Token[], idx: number) => Number(tokens[idx].meta.id) + 1;
const refNumber = (tokens: Token[], idx: number) => Number(tokens[idx].meta.subId) + 1;
/** A reference as its back-link names it: "1", and "1-2" for the second reference to note 1. */
const refName = (tokens: Token[], idx: number) => `${noteNumber(tokens, idx)}${refNumber(tokens, idx) > 1 ? `-${refNumber(tokens, idx)}` : ""}`;

/**
 * Footnotes (`See X.[^1]` … `[^1]: …`) by markdown-it-footnote, with ids in the theme's `_` namespace
 * (`_fn-1`, `_fnref-1`, `_fnref-1-2` for a second reference), a labelled footnotes section and back-links
 * that say where they go ("Back to reference 1"), in the page's labels. Latin-1 output: the arrow is an entity.
 */
export function footnotes(md: Md, labelsOf: LabelsOf): void {
  // @types/markdown-it-footnote is written against an older markdown-it's types; the plugin itself fits.
  md.use(footnote as unknown as PluginSimple);
  const rules = md.renderer.rules;
  const escape = md.utils.escapeHtml;
  rules.footnote_ref = (tokens, idx) => {
    const n = noteNumber(tokens, idx);
    const id = footnoteRefId(n, refNumber(tokens, idx));
    return `<sup class="footnote-ref"><a href="#${footnoteId(n)}" id="${id}" aria-describedby="${IDS.footnotes}">[${n}]</a></sup>`;
  };
  rules.footnote_block_open = (_tokens, _idx, _options, env) =>
    `<section class="footnotes" aria-labelledby="${IDS.footnotes}">\n<h2 class="visually-hidden" id="${IDS.footnotes}">${escape(labelsOf(env).footnotesTitle)}</h2>\n<ol class="footnotes-list">\n`;
  rules.footnote_open = (tokens, idx) => `<li id="${footnoteId(noteNumber(tokens, idx))}" class="footnote-item">`;
  rules.footnote_anchor = (tokens, idx, _options, env) => {
    const label = escape(labelsOf(env).backToReference.replace("{n}", refName(tokens, idx)));
    const href = footnoteRefId(noteNumber(tokens, idx), refNumber(tokens, idx));
    return ` <a href="#${href}" class="footnote-backref" aria-label="${label}">&#8617;&#65038;</a>`;
  };
}
