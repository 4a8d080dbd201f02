/** Most results one memoized filter keeps; past it the cache starts over, so memory stays bounded on any site. */
const LIMIT = 1_000;

/**
 * Caches a function of string arguments: theme filters run for every page with the same few inputs.
 * Each call makes a new cache, so a plugin instance owns its caches (none live at module level).
 */
export function memoize<A extends (string | undefined)[], R>(fn: (...args: A) => R, limit = LIMIT): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = args.join("\u0000");
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(...args);
      if (cache.size >= limit) cache.clear();
      cache.set(key, value);
    }
    return value;
  };
}

/** `map`'s value for `key`, made by `make` and kept on first use; for caches keyed by object identity or nested by several keys. */
export function getOrMake<K, V>(map: { get(key: K): V | undefined; set(key: K, value: V): unknown }, key: K, make: () => V): V {
  let value = map.get(key);
  if (value === undefined) map.set(key, (value = make()));
  return value;
}
