import type MarkdownIt from "markdown-it";
import type { StateCore, Token } from "markdown-it";
import type { LabelsOf } from "./labels-of.ts";

type Md = InstanceType<typeof MarkdownIt>;

/** The text of a table's header cells, joined: `Medication, Dose, Common side effects`. */
function headerText(tokens: Token[], from: number): string {
  const cells: string[] = [];
  for (let i = from; i < tokens.length && tokens[i].type !== "thead_close" && tokens[i].type !== "table_close"; i++) {
    if (tokens[i].type === "inline" && tokens[i - 1]?.type === "th_open") cells.push(tokens[i].content.trim());
  }
  return cells.filter(Boolean).join(", ");
}

/**
 * Wraps every table in a region (a labelled `<section>`) that scrolls sideways on its own, so a wide table never makes the page
 * scroll at 320 px: the region is labelled by the table's header cells ("Table: Medication, Dose", from the
 * page's labels) and focusable, so keyboard users can scroll it too (WCAG 2.1.1, axe's scrollable-region-focusable).
 */
export function scrollingTables(md: Md, labelsOf: LabelsOf): void {
  md.core.ruler.push("haven_table_labels", (state: StateCore) => {
    state.tokens.forEach((token, i) => {
      if (token.type === "table_open") token.meta = { ...token.meta, label: headerText(state.tokens, i) };
    });
  });
  md.renderer.rules.table_open = (tokens, idx, _options, env) => {
    const headers: string = tokens[idx].meta?.label ?? "";
    const labels = labelsOf(env);
    const label = md.utils.escapeHtml(headers ? labels.tableLabel.replace("{headers}", () => headers) : labels.tableUnlabelled);
    return `<section class="table-scroll" tabindex="0" aria-label="${label}">\n<table>\n`;
  };
  md.renderer.rules.table_close = () => "</table>\n</section>\n";
}
