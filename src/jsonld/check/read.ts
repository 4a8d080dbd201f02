/** A node of a page's structured data, as parsed from its JSON-LD. */
export type JsonNode = Record<string, unknown>;

/** What a page's JSON-LD holds, and the page without it. */
export interface PageJsonLd {
  /** Top-level nodes of every JSON-LD script on the page (a script's `@graph` counts as its nodes). */
  nodes: JsonNode[];
  /** The page's HTML around its JSON-LD scripts, in order: where questions and answers must be shown. */
  visibleParts: string[];
  /** Scripts that are not JSON. */
  problems: string[];
}

const SCRIPT = /<script\b[^>]*\btype\s*=\s*["']?application\/ld\+json["']?[^>]*>([\s\S]*?)<\/script\s*>/gi;

/** Finds a page's JSON-LD scripts by string search (no DOM parse: this runs on every page) and parses them. */
export function readJsonLd(html: string): PageJsonLd {
  const nodes: JsonNode[] = [];
  const problems: string[] = [];
  // Slices, not a copy of the page without its scripts: V8 slices share the page's memory.
  const visibleParts: string[] = [];
  let shownFrom = 0;
  let count = 0;
  for (const script of html.matchAll(SCRIPT)) {
    count++;
    visibleParts.push(html.slice(shownFrom, script.index));
    shownFrom = script.index + script[0].length;
    try {
      nodes.push(...topLevelNodes(JSON.parse(script[1])));
    } catch (error) {
      problems.push(`JSON-LD script ${count}: not valid JSON (${(error as Error).message})`);
    }
  }
  visibleParts.push(html.slice(shownFrom));
  return { nodes, visibleParts, problems };
}

function topLevelNodes(value: unknown): JsonNode[] {
  if (Array.isArray(value)) return value.flatMap(topLevelNodes);
  if (!isObject(value)) return [];
  return Array.isArray(value["@graph"]) ? value["@graph"].filter(isObject) : [value];
}

/** Whether a JSON value is an object (a node or a reference), not an array or a scalar. */
export function isObject(value: unknown): value is JsonNode {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/** A node's `@type`s, whether written as one string or a list. */
export function typesOf(node: JsonNode): string[] {
  const type = node["@type"];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === "string");
}

/** A property's values as a list: JSON-LD allows one value or an array. */
export function valuesOf(value: unknown): unknown[] {
  return Array.isArray(value) ? value : value === undefined ? [] : [value];
}

/** Whether a value is a non-blank string. */
export function isText(value: unknown): value is string {
  return typeof value === "string" && value.trim() !== "";
}

/** A lookup of a reference (`{ "@id": … }`) to the node it names, leaving other values as they are. */
export function resolver(nodes: JsonNode[]): (value: unknown) => unknown {
  const byId = new Map(nodes.filter((n) => typeof n["@id"] === "string").map((n) => [n["@id"] as string, n]));
  return (value) => (isObject(value) && Object.keys(value).length === 1 && typeof value["@id"] === "string" ? (byId.get(value["@id"]) ?? value) : value);
}
