/** Tags an FAQ answer keeps in structured data: paragraphs, lists, links, emphasis and line breaks. */
const ALLOWED = new Set(["p", "ul", "ol", "li", "a", "em", "strong", "br"]);
const TAG = /<!--[\s\S]*?-->|<(\/?)([a-zA-Z][a-zA-Z0-9-]*)((?:[^>"']|"[^"]*"|'[^']*')*)>/g;
const HREF = /\shref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/i;

// Headings become bold paragraphs; a table's cells are joined by "; " and its rows become lines.
const HEADING = /<(\/?)h[1-6]\b[^>]*>/gi;
const CELL_END = /\s*<\/t[hd]>\s*(?=<t[hd]\b)/gi;
const ROW_END = /\s*<\/t[hd]>\s*<\/tr>/gi;

/** Headings and tables as text answer engines read: `<h4>Dosing</h4>` → `<p><strong>Dosing</strong></p>`, a row → `A; B; C<br>`. */
function readable(html: string): string {
  if (!html.includes("<h") && !html.includes("<t")) return html;
  return html
    .replace(HEADING, (_, slash: string) => (slash ? "</strong></p>" : "<p><strong>"))
    .replace(CELL_END, "; ")
    .replace(ROW_END, "<br>");
}

/**
 * Limits rendered HTML to the simple tags answer engines read; other tags and every attribute but
 * a link's `href` (passed through `resolve`, e.g. to make it absolute) are dropped and their text kept,
 * so markdown answers pass through unchanged.
 */
export function simpleHtml(html: string, resolve: (href: string) => string = (href) => href): string {
  return readable(html).replace(TAG, (whole, slash: string | undefined, name: string | undefined, attributes: string) => {
    const tag = (name ?? "").toLowerCase();
    if (!ALLOWED.has(tag)) return "";
    if (slash) return tag === "br" ? "" : `</${tag}>`;
    if (tag !== "a") return !attributes && name === tag ? whole : `<${tag}>`; // markdown's own tags pass as they are
    const href = HREF.exec(attributes);
    return href ? `<a href="${resolve(href[1] ?? href[2] ?? href[3]).replace(/"/g, "&quot;")}">` : "<a>";
  });
}
