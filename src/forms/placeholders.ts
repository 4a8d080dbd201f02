/** The placeholder forms copy writes for the organization's name, filled from `site.organization.name`. */
export const ORGANIZATION = "{organization}";

/**
 * A copy of forms copy (labels, hints, messages, confirmation) with every `{organization}` replaced by `name`,
 * so renaming the organization in site.ts renames it in every form. Patterns are left alone; no name, no change.
 */
export function fillOrganization<T>(value: T, name: string | undefined): T {
  if (!name) return value;
  const fill = (v: unknown, key?: string): unknown => {
    if (typeof v === "string") return key === "pattern" ? v : v.replaceAll(ORGANIZATION, name);
    if (Array.isArray(v)) return v.map((item) => fill(item));
    if (v && typeof v === "object") return Object.fromEntries(Object.entries(v).map(([k, item]) => [k, fill(item, k)]));
    return v;
  };
  return fill(value) as T;
}
