import yaml from "js-yaml";

/** YAML front matter parsed once per build, though both Haven's check and Eleventy read it. */
export interface FrontMatterCache {
  /** Parses for Haven's check (which runs first) and keeps the result. */
  parse(source: string): object;
  /** Eleventy's YAML engine: the kept result, handed over once, else a fresh parse. */
  take(source: string): object;
}

// js-yaml's default schema with its timestamp type replaced by one that keeps the text the author wrote,
// so `2026-02-30` is refused instead of rolled over to March 2, and a timestamp keeps its own offset's day.
const writtenTimestamp = new yaml.Type("tag:yaml.org,2002:timestamp", {
  kind: "scalar",
  resolve: (data: unknown) => typeof data === "string" && /^\d{4}-\d\d?-\d\d?([Tt ]|$)/.test(data),
  construct: (data: string) => data,
});
const SCHEMA = yaml.DEFAULT_SCHEMA.extend({ implicit: [writtenTimestamp] });

/** Parses front matter as Eleventy's default js-yaml `load` does, except that dates stay strings as written. */
export function loadYaml(source: string): object {
  return yaml.load(source, { schema: SCHEMA }) as object;
}

/** Creates the cache; both sides parse with `loadYaml`. */
export function createFrontMatterCache(): FrontMatterCache {
  const kept = new Map<string, object>();
  return {
    parse(source) {
      const data = loadYaml(source);
      kept.set(source, data);
      return data;
    },
    take(source) {
      if (!kept.has(source)) return loadYaml(source);
      const data = kept.get(source)!;
      kept.delete(source);
      return data;
    },
  };
}
