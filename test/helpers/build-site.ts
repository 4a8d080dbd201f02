import { execFile } from "node:child_process";
import { mkdtemp, readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { parse, type HTMLElement } from "node-html-parser";

const run = promisify(execFile);

/** What `npm run build` printed and where it wrote. */
export interface BuildResult {
  code: number;
  stdout: string;
  stderr: string;
  output: string;
}

/** Runs the real build command (`tsx scripts/build.ts`) with a site config, into `output` (a fresh temp folder by default). */
export async function buildSite(config = "eleventy.config.ts", output?: string): Promise<BuildResult> {
  const out = output ?? path.join(await mkdtemp(path.join(tmpdir(), "haven-")), "_site");
  try {
    const { stdout, stderr } = await run("npx", ["tsx", "scripts/build.ts", "--config", config, "--output", out]);
    return { code: 0, stdout, stderr, output: out };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr, output: out };
  }
}

/** The file a built page's URL is served from (`/about/` → `<output>/about/index.html`). */
export function pageFile(output: string, url: string): string {
  return path.join(output, url.endsWith("/") ? `${url}index.html` : url);
}

/** Parses a built page with a real HTML parser. */
export async function readPage(output: string, url: string): Promise<HTMLElement> {
  return parse(await readFile(pageFile(output, url), "utf8"));
}

export { builtPages } from "../../src/checks/site-pages.ts";
