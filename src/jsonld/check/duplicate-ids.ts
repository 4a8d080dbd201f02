// An `id` attribute inside a start tag; text that merely reads `id="x"` is escaped in HTML and never matches.
const ID = /<[a-zA-Z][a-zA-Z0-9-]*\s(?:[^>"']|"[^"]*"|'[^']*')*?\bid\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g;

/**
 * Ids that more than one element of the page has, as `duplicate id "book-email" (2 elements)`: a second
 * element with an id breaks `<label for>`, `aria-labelledby` and in-page links. One regex pass over the
 * page's visible parts (the HTML around its JSON-LD), which the structured-data check reads anyway.
 */
export function duplicateIds(visibleParts: string[]): string[] {
  const counts = new Map<string, number>();
  for (const part of visibleParts) {
    for (const match of part.matchAll(ID)) {
      const id = match[1] ?? match[2] ?? match[3];
      counts.set(id, (counts.get(id) ?? 0) + 1);
    }
  }
  return [...counts].filter(([, n]) => n > 1).map(([id, n]) => `duplicate id "${id}" (${n} elements)`);
}
