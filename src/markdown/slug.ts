const ASCII = /^[\x00-\x7f]*$/;

/** Turns heading text into a readable, URL-safe id fragment ("Day 1–3: Withdrawal & care" → "day-1-3-withdrawal-care"). */
export function slugify(text: string): string {
  // Normalizing is the slow part and changes nothing in ASCII text, the usual case.
  const plain = ASCII.test(text) ? text : text.normalize("NFKD").replace(/[\u0300-\u036f]/g, ""); // accents split off, dropped
  return plain
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, "-")
    .replace(/^-+|-+$/g, "");
}

/** Returns a slugger that never hands out the same id twice (nor any id in `reserved`). */
export function createSlugger(reserved: Iterable<string> = []): (text: string) => string {
  const used = new Set(reserved);
  return (text) => {
    const base = slugify(text) || "section";
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    return id;
  };
}
