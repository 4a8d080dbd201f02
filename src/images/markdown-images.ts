import { readFile } from "node:fs/promises";
import path from "node:path";
import type MarkdownIt from "markdown-it";
import type Token from "markdown-it/lib/token.mjs";
import { HavenDataError } from "../validate/parse-data.ts";
import { imageRefProblems } from "./image-ref.ts";
import type { ImagePipeline } from "./pipeline.ts";

type Md = InstanceType<typeof MarkdownIt>;

/** Alt text that marks a body image decorative on purpose: `![""](/img/rule.png)` (straight or curly quotes). */
const DECORATIVE = /^(""|\u201c\u201d)$/;

/** A body image as markdown-it parsed it, with the line of the markdown it came from (0-based, in the body). */
interface BodyImage {
  token: Token;
  line: number;
}

/** The alt text an editor wrote: `undefined` when the brackets are empty, `""` when marked decorative. */
export function bodyImageAlt(token: Token, md: Md, env: object): string | undefined {
  const text = md.renderer.renderInlineAsText(token.children ?? [], md.options, env).trim();
  if (DECORATIVE.test(text)) return "";
  return text === "" ? undefined : text;
}

/** Every image token of a parsed document, in order. */
function bodyImages(tokens: Token[]): BodyImage[] {
  const found: BodyImage[] = [];
  for (const block of tokens) {
    for (const token of block.children ?? []) if (token.type === "image") found.push({ token, line: block.map?.[0] ?? 0 });
  }
  return found;
}

/**
 * Makes markdown-it render body images through the image pipeline: `render` becomes async (Eleventy
 * awaits it), parses once, processes every image of the page, then renders the same tokens. A bad
 * image (missing file, missing alt, alt repeating the file name, remote URL) fails the build with
 * the file and line.
 */
export function markdownImages(md: Md, images: ImagePipeline): Md {
  md.renderer.rules.image = (tokens, idx, _options, env) => {
    const token = tokens[idx];
    return images.html({ src: token.attrGet("src") ?? "", alt: bodyImageAlt(token, md, env) ?? "", role: "content" });
  };
  const render = async (source: string, env: Record<string, unknown> = {}) => {
    const tokens = md.parse(source, env);
    const problems: string[] = [];
    for (const { token, line } of bodyImages(tokens)) {
      const src = token.attrGet("src") ?? "";
      const found = imageRefProblems(src, bodyImageAlt(token, md, env));
      if (!found.length) {
        const problem = await images.prepare(src, "content");
        if (problem) found.push(problem);
      }
      for (const problem of found) problems.push(`${await where(env, line)}: body image ${problem}`);
    }
    if (problems.length) throw new HavenDataError(problems, "the page's images");
    return md.renderer.render(tokens, md.options, env);
  };
  // The same markdown-it in every other respect (Eleventy calls `disable`, `set`, `use` on it).
  return Object.assign(Object.create(md) as Md, { render });
}

/** `file:line` of a body line, counting the front matter Eleventy removed before markdown saw the text. */
async function where(env: Record<string, unknown>, bodyLine: number): Promise<string> {
  const inputPath = (env.page as { inputPath?: string } | undefined)?.inputPath;
  if (!inputPath) return `line ${bodyLine + 1}`;
  const text = await readFile(inputPath, "utf8").catch(() => "");
  const frontMatter = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text)?.[0] ?? "";
  const offset = frontMatter.split("\n").length - 1;
  return `${path.relative(process.cwd(), inputPath)}:${offset + bodyLine + 1}`;
}
