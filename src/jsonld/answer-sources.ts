/** Most answers kept; past it the record starts over (a page's check follows its render closely), so memory stays bounded. */
const LIMIT = 2_000;

/**
 * The visible HTML each FAQ answer's graph text was made from (`acceptedAnswer.text` is that HTML limited to simple
 * tags, its links absolute), so the page check can find the answer as the page shows it without rewriting the page.
 */
export interface AnswerSources {
  /** Records that graph text `text` was made from the answer HTML `html`. */
  add(text: string, html: string): void;
  /** The answer HTML graph text `text` was made from, if this build made it. */
  htmlOf(text: string): string | undefined;
}

/** A new, empty record of answer sources, owned by one plugin instance. */
export function answerSources(limit = LIMIT): AnswerSources {
  const made = new Map<string, string>();
  return {
    add(text, html) {
      if (made.size >= limit) made.clear();
      made.set(text, html);
    },
    htmlOf: (text) => made.get(text),
  };
}
