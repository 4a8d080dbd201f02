/** A markdown renderer whose results can be taken back once, so the same text is not rendered twice per page. */
export interface MarkdownMemo {
  /** Renders and keeps the result, e.g. for the visible FAQ answers. */
  render(text: string): string;
  /** The kept rendering of `text` (rendering it now if there is none), forgotten once taken. */
  take(text: string): string;
}

// Only recent renders are worth keeping: a page's structured data takes its FAQ answers right after
// the same render showed them. Clearing past this size bounds memory on sites of any size.
const LIMIT = 500;

/** Wraps a pure markdown renderer (same text, same HTML) so the FAQPage reuses the visible FAQ's HTML. */
export function memoizeMarkdown(render: (text: string) => string): MarkdownMemo {
  const kept = new Map<string, string>();
  return {
    render(text) {
      const html = render(text);
      if (kept.size >= LIMIT) kept.clear();
      kept.set(text, html);
      return html;
    },
    take(text) {
      const html = kept.get(text) ?? render(text);
      kept.delete(text);
      return html;
    },
  };
}
