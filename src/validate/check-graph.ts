import { danglingReferences } from "./graph-refs.ts";
import { readJsonLd } from "./graph-read.ts";
import { shapeProblems } from "./graph-shapes.ts";
import { invisibleFaq } from "./graph-visible.ts";
import { HavenDataError } from "./parse-data.ts";

/**
 * Checks the structured data of one rendered page (`page` names it in messages, e.g. its input path)
 * and throws one error listing every problem as `page: Type.property: problem`.
 */
export function checkPageGraph(html: string, page: string): void {
  const { nodes, visibleParts, problems } = readJsonLd(html);
  const found = [...problems, ...danglingReferences(nodes), ...shapeProblems(nodes), ...invisibleFaq(nodes, visibleParts)];
  if (found.length) throw new HavenDataError(found.map((problem) => `${page}: ${problem}`), "the structured data");
}
