import type { Graph } from "schema-dts";

// `</script>` or `<!--` in any string would end or corrupt the script element, `&` could start a
// character reference in XHTML, and U+2028/U+2029 end lines in older JavaScript parsers; as \u escapes
// they are the same JSON, and no data can leave the element.
const UNSAFE = /[<>&\u2028\u2029]/g;
const ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** JSON text that is safe to place inside a `<script>` element, whatever the strings hold. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(UNSAFE, (char) => ESCAPES[char]);
}

/** The page's one `<script type="application/ld+json">` element, ready to output unescaped. */
export function jsonLdScript(graph: Graph): string {
  return `<script type="application/ld+json">${serializeJsonLd(graph)}</script>`;
}
