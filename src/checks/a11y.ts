import { spawn } from "node:child_process";
import { mkdtemp, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import path from "node:path";
import { startPreview } from "../receiver/preview.ts";
import { CHROME_ARGS, CHROME_PATH } from "./browser.ts";
import { builtPages } from "./site-pages.ts";

const require = createRequire(import.meta.url);

/** The JavaScript file of a package's command, found from where Haven is installed (the site's own devDependencies). */
export function packageBin(name: string, bin = name): string {
  const manifest = require.resolve(`${name}/package.json`);
  const bins = (require(manifest) as { bin: string | Record<string, string> }).bin;
  return path.join(path.dirname(manifest), typeof bins === "string" ? bins : bins[bin]);
}

/** Runs a Node command to its end with the output shown; resolves to its exit code. */
export function runNode(file: string, args: string[]): Promise<number> {
  const child = spawn(process.execPath, [file, ...args], { stdio: "inherit" });
  return new Promise((resolve) => child.on("close", (code) => resolve(code ?? 1)));
}

/**
 * Accessibility check: pa11y-ci with both runners (axe and htmlcs), WCAG 2 AA, over every page of the
 * built site in `dir`, served on 127.0.0.1. Resolves to pa11y-ci's exit code (0: no issue).
 */
export async function checkA11y(dir: string): Promise<number> {
  const pages = await builtPages(dir);
  const server = await startPreview(dir);
  const config = {
    defaults: { runners: ["axe", "htmlcs"], standard: "WCAG2AA", timeout: 60_000, chromeLaunchConfig: { executablePath: CHROME_PATH, args: CHROME_ARGS } },
    urls: pages.map((page) => server.url + page),
  };
  const configFile = path.join(await mkdtemp(path.join(tmpdir(), "haven-pa11y-")), "pa11y.json");
  await writeFile(configFile, JSON.stringify(config));
  try {
    return await runNode(packageBin("pa11y-ci"), ["--config", configFile]);
  } finally {
    await server.close();
  }
}
