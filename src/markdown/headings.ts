import path from "node:path";
import type { StateCore, Token } from "markdown-it";

const BR = /^<br\s*\/?>$/i;

/** A heading's text as readers see it: `<br>`, soft and hard line breaks count as a space ("Week one<br>Stabilizing" → "Week one Stabilizing"). */
export function headingText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === "text" || child.type === "code_inline") return child.content;
      if (child.type === "softbreak" || child.type === "hardbreak" || (child.type === "html_inline" && BR.test(child.content.trim()))) return " ";
      return child.children ? headingText(child.children) : "";
    })
    .join("")
    .replace(/\s+/g, " ")
    .trim();
}

/** `file:line` of a heading from its token's `map` (the body starts on its own line of the file: see `file-lines.ts`). */
function where(file: string, token: Token): string {
  const relative = path.relative(process.cwd(), file);
  return token.map ? `${relative}:${token.map[0] + 1}` : relative;
}

/**
 * Checks a page body's heading levels: a `# Heading` is refused (the layout's `h1` is the page title; a second
 * `h1` breaks the outline), and a skipped level (H2 → H4) is reported as a warning naming the file and heading.
 */
export function checkHeadingLevels(state: StateCore, file: string, warn: (message: string) => void): void {
  let previous = 1;
  state.tokens.forEach((token, i) => {
    if (token.type !== "heading_open") return;
    const level = Number(token.tag.slice(1));
    const text = headingText(state.tokens[i + 1].children ?? []);
    if (level === 1) {
      throw new Error(`Haven: ${where(file, token)}: "# ${text}" would be a second h1; the page's h1 is its title. Start sections at "## ${text}".`);
    }
    if (level > previous + 1) warn(`Haven: ${where(file, token)}: heading "${text}" skips from h${previous} to h${level}`);
    previous = level;
  });
}
