/** Caches a function of string arguments: theme filters run for every page with the same few inputs. */
export function memoize<A extends (string | undefined)[], R>(fn: (...args: A) => R): (...args: A) => R {
  const cache = new Map<string, R>();
  return (...args) => {
    const key = args.join("\u0000");
    let value = cache.get(key);
    if (value === undefined) {
      value = fn(...args);
      cache.set(key, value);
    }
    return value;
  };
}
