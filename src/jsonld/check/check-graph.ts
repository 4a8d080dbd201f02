import { duplicateIds } from "./duplicate-ids.ts";
import { danglingReferences } from "./refs.ts";
import { readJsonLd } from "./read.ts";
import { shapeProblems } from "./shapes.ts";
import { invisibleFaq } from "./visible.ts";
import { HavenDataError } from "../../validate/parse-data.ts";

/**
 * Checks the structured data of one rendered page (`page` names it in messages, e.g. its input path),
 * and in the same read that no two elements share an id; throws one error listing every problem as `page: problem`.
 * `answerHtml` gives the visible HTML an answer's graph text was made from, when the build made it.
 */
export function checkPageGraph(html: string, page: string, answerHtml?: (text: string) => string | undefined): void {
  const { nodes, visibleParts, problems } = readJsonLd(html);
  const found = [...problems, ...danglingReferences(nodes), ...shapeProblems(nodes), ...invisibleFaq(nodes, visibleParts, answerHtml), ...duplicateIds(visibleParts)];
  if (found.length) throw new HavenDataError(found.map((problem) => `${page}: ${problem}`), "the built pages");
}
