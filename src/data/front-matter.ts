import yaml from "js-yaml";

/** YAML front matter parsed once per build, though both Haven's check and Eleventy read it. */
export interface FrontMatterCache {
  /** Parses for Haven's check (which runs first) and keeps the result. */
  parse(source: string): object;
  /** Eleventy's YAML engine: the kept result, handed over once, else a fresh parse. */
  take(source: string): object;
}

/** Creates the cache; both sides parse with js-yaml's `load`, as Eleventy does by default. */
export function createFrontMatterCache(): FrontMatterCache {
  const kept = new Map<string, object>();
  return {
    parse(source) {
      const data = yaml.load(source) as object;
      kept.set(source, data);
      return data;
    },
    take(source) {
      if (!kept.has(source)) return yaml.load(source) as object;
      const data = kept.get(source)!;
      kept.delete(source);
      return data;
    },
  };
}
