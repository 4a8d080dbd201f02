import { IDS } from "../templates/ids.ts";
import type { Slugger } from "./slug.ts";
import { buildToc, type Heading, type TocEntry } from "./toc.ts";

/** A page's table of contents plus the ids its FAQ questions take. */
export interface Outline {
  toc: TocEntry[];
  faqIds: string[];
}

/** Section headings the article layout adds after the body, with their fixed ids. */
export interface OutlineSections {
  faqTitle: string;
  sourcesTitle: string;
  hasSources: boolean;
}

/**
 * Combines the body's rendered headings with the FAQ and sources sections the layout adds, giving each
 * FAQ question its id from `slug`, the page's slugger after the body (so no body heading has it).
 */
export function pageOutline(
  body: Heading[],
  slug: Slugger,
  questions: string[],
  sections: OutlineSections,
  levels: { minLevel: number; maxLevel: number },
): Outline {
  const faqIds = questions.map((q) => slug(q));
  const headings: Heading[] = [...body];
  if (questions.length) {
    headings.push({ level: 2, text: sections.faqTitle, id: IDS.faq });
    questions.forEach((text, i) => headings.push({ level: 3, text, id: faqIds[i] }));
  }
  if (sections.hasSources) headings.push({ level: 2, text: sections.sourcesTitle, id: IDS.sources });
  return { toc: buildToc(headings, levels.minLevel, levels.maxLevel), faqIds };
}
