import { describe, expect, it } from "vitest";
import { getOrMake, memoize } from "../../src/filters/memoize.ts";

describe("memoize", () => {
  it("calls the function once per distinct arguments and starts over past its limit", () => {
    let calls = 0;
    const upper = memoize((text: string | undefined) => (calls++, String(text).toUpperCase()), 2);
    expect([upper("a"), upper("a"), upper("b"), upper(undefined)]).toEqual(["A", "A", "B", "UNDEFINED"]);
    expect(calls).toBe(3);
    upper("a"); // the cache was cleared when the third key arrived
    expect(calls).toBe(4);
  });
});

describe("getOrMake", () => {
  it("makes a value once per key, by identity for object keys, and nests", () => {
    const made = new WeakMap<object, Map<string, number>>();
    const [a, b] = [{}, {}];
    let calls = 0;
    const count = (key: object, name: string) => getOrMake(getOrMake(made, key, () => new Map()), name, () => ++calls);
    expect([count(a, "x"), count(a, "x"), count(b, "x"), count(a, "y")]).toEqual([1, 1, 2, 3]);
  });
});
