/**
 * A label with its `{name}` placeholders filled from `values`, e.g. `fillLabel("Page {n} of {total}", { n: 2, total: 3 })`
 * → "Page 2 of 3". A name `values` lacks is left as written, so a mistyped placeholder shows instead of vanishing.
 */
export function fillLabel(label: string, values: Record<string, string | number>): string {
  return label.replace(/\{(\w+)\}/g, (whole, name: string) => (name in values ? String(values[name]) : whole));
}
