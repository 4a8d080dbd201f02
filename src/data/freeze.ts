/**
 * Freezes a validated data value all the way down. Eleventy shares a frozen global data object
 * between pages instead of deep-copying it into every page's data, and no page can change it for another.
 */
export function deepFreeze<T>(value: T): T {
  if (typeof value === "object" && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const item of Object.values(value)) deepFreeze(item);
  }
  return value;
}
