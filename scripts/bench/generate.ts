import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";

const WORDS = (
  "patients clinicians treatment recovery therapy evidence symptoms support planning medication counseling family " +
  "insurance coverage safety monitoring outcomes research dosage screening wellness routine sleep nutrition stress " +
  "relapse prevention aftercare community progress goals"
).split(" ");

/** Deterministic filler prose: `count` words from a fixed list, varied by `seed`. */
function prose(seed: number, count: number): string {
  const words = Array.from({ length: count }, (_, i) => WORDS[(seed * 7 + i * 13 + (i % 5)) % WORDS.length]);
  words[0] = words[0][0].toUpperCase() + words[0].slice(1);
  return `${words.join(" ")}.`;
}

/** One realistic article: ~1,500 words, 8 H2 and 4 H3 headings, lists, 6–10 FAQ items, 5 sources, valid front matter. */
export function syntheticArticle(i: number): string {
  const faq = Array.from({ length: 6 + (i % 5) }, (_, q) => [
    `  - question: "Question ${q + 1} about topic ${i}?"`,
    `    answer: |`,
    `      ${prose(i + q, 40)}`,
  ].join("\n"));
  const sources = Array.from({ length: 5 }, (_, s) =>
    `  - { title: "Study ${s + 1} of topic ${i}", publisher: "Journal of Examples", url: "https://doi.org/10.1000/${i}.${s}", year: ${2000 + s} }`,
  );
  const sections = Array.from({ length: 8 }, (_, s) => {
    const sub = s % 2 === 0 ? `\n### Detail ${s + 1} of part ${s + 1}\n\n${prose(i + s + 50, 60)}\n` : "";
    const list = s % 3 === 0 ? `\n${Array.from({ length: 4 }, (_, l) => `- **Point ${l + 1}:** ${prose(i + l, 12)}`).join("\n")}\n` : "";
    return `## Part ${s + 1}: what to know about topic ${i}\n\n${prose(i + s, 80)}\n\n${prose(i + s + 1, 70)}\n${list}${sub}`;
  });
  return `---
title: "Synthetic article ${i}"
description: "A generated article used to measure build speed, number ${i}."
datePublished: 2026-01-${String((i % 28) + 1).padStart(2, "0")}
dateModified: 2026-02-${String((i % 28) + 1).padStart(2, "0")}
lastReviewed: 2026-02-01
author: { name: "Sam Writer", credentials: "MA" }
reviewedBy: { name: "Dr. Lee Reviewer", credentials: "MD" }
faq:
${faq.join("\n")}
sources:
${sources.join("\n")}
---
${prose(i, 50)}

${sections.join("\n")}`;
}

/** Writes `count` synthetic articles into `dir/articles`. */
export async function writeArticles(dir: string, count: number): Promise<void> {
  await mkdir(path.join(dir, "articles"), { recursive: true });
  await Promise.all(
    Array.from({ length: count }, (_, i) => writeFile(path.join(dir, "articles", `article-${i}.md`), syntheticArticle(i))),
  );
}
