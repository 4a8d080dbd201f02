const ASCII = /^[\x00-\x7f]*$/;

/**
 * Turns heading text into a readable id fragment ("Day 1–3: Withdrawal & care" → "day-1-3-withdrawal-care").
 * Letters, marks and numbers of every script are kept, in NFC ("नशा मुक्ति उपचार" → "नशा-मुक्ति-उपचार"); only
 * accents on Latin letters are folded ("Désintoxication" → "desintoxication"). An id never holds `_`, so the
 * theme's own ids, which start with `_`, are out of every heading's reach.
 */
export function slugify(text: string): string {
  const lower = text.toLowerCase();
  // Normalizing is the slow part and changes nothing in ASCII text, the usual case.
  const plain = ASCII.test(lower) ? lower : lower.normalize("NFD").replace(/(\p{Script=Latin})\p{M}+/gu, "$1").normalize("NFC");
  return plain.replace(/[^\p{L}\p{M}\p{N}]+/gu, "-").replace(/^-+|-+$/g, "");
}

/** A slugger: hands out ids from text, never the same id twice; `fork` continues from the ids handed out so far. */
export interface Slugger {
  (text: string): string;
  fork(): Slugger;
}

/** Returns a slugger that never hands out the same id twice (nor any id in `taken`, the ids handed out before a `fork`). */
export function createSlugger(taken: Iterable<string> = []): Slugger {
  const used = new Set(taken);
  const slug = (text: string) => {
    const base = slugify(text) || "section";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
  return Object.assign(slug, { fork: () => createSlugger(used) });
}
