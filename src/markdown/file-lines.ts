import { readFileSync } from "node:fs";
import type { UserConfig } from "../eleventy-types.ts";

/**
 * How many lines of `file` come before `body`, the text after its front matter as Eleventy hands it on:
 * 0 when the file has no front matter or `body` is not its end (then nothing is shifted).
 */
export function linesBeforeBody(file: string, body: string): number {
  if (!body || !file.endsWith(body)) return 0;
  const head = file.slice(0, file.length - body.length);
  let lines = 0;
  for (let i = head.indexOf("\n"); i >= 0; i = head.indexOf("\n", i + 1)) lines++;
  return lines;
}

/**
 * Starts each markdown body on its own line of the file: the front matter's lines come back as empty lines,
 * so a template error ("[Line 14, Column 4]") and a heading's markdown-it `map` count lines in the file, not
 * from the body's start. Empty lines before a markdown body render nothing.
 */
export function registerFileLines(eleventyConfig: UserConfig): void {
  eleventyConfig.addPreprocessor("haven-file-lines", "md", (data, body) => {
    const inputPath = (data.page as { inputPath?: unknown } | undefined)?.inputPath;
    if (typeof body !== "string" || typeof inputPath !== "string") return undefined;
    let file: string;
    try {
      file = readFileSync(inputPath, "utf8");
    } catch {
      return undefined;
    }
    const lines = linesBeforeBody(file, body);
    return lines ? "\n".repeat(lines) + body : undefined;
  });
}
