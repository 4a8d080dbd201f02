/** A heading as rendered on the page. */
export interface Heading {
  level: number;
  text: string;
  id: string;
}

/** One table-of-contents entry with its nested entries. */
export interface TocEntry {
  text: string;
  id: string;
  children: TocEntry[];
}

/**
 * Nests headings between `minLevel` and `maxLevel` under the nearest earlier heading of a
 * lower level, so skipped levels (an H4 after an H2) never produce empty list items.
 */
export function buildToc(headings: Heading[], minLevel = 2, maxLevel = 3): TocEntry[] {
  const root: TocEntry[] = [];
  const stack: { level: number; entry: TocEntry }[] = [];
  for (const { level, text, id } of headings) {
    if (level < minLevel || level > maxLevel) continue;
    const entry = { text, id, children: [] };
    while (stack.length && stack[stack.length - 1].level >= level) stack.pop();
    (stack.length ? stack[stack.length - 1].entry.children : root).push(entry);
    stack.push({ level, entry });
  }
  return root;
}
