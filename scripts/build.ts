/**
 * Production build: Eleventy writes into a fresh temporary folder and only a complete, error-free
 * build replaces the output folder, so a failed build leaves the previous site exactly as it was.
 * Usage: tsx scripts/build.ts [--config eleventy.config.ts] [--output _site]
 */
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import Eleventy from "@11ty/eleventy";
import { scriptArgs } from "../src/receiver/command-line.ts";

const { values } = scriptArgs(
  "Usage: npm run build -- [--config eleventy.config.ts] [--output _site]\n\nProduction build; a failed build leaves the previous output folder untouched.",
  { config: { type: "string", default: "eleventy.config.ts" }, output: { type: "string", default: "_site" } },
);
const output = values.output;
const next = `${output}.next`;

/** Builds into `<output>.next`, then swaps it in place of `<output>`. */
async function build(): Promise<void> {
  await rm(next, { recursive: true, force: true });
  const eleventy = new Eleventy(undefined, next, { configPath: values.config, quietMode: true });
  eleventy.disableLogger(); // errors are reported below, once, without the stack
  await eleventy.write();
  if (existsSync(output)) await rename(output, `${output}.old`);
  await rename(next, output);
  await rm(`${output}.old`, { recursive: true, force: true });
}

/**
 * Removes the half-built folder. Eleventy's passthrough copy can still be writing into it when the build
 * rejects (seen under load), so it is removed again until it stays gone (at most about a second).
 */
async function removeSettled(folder: string): Promise<void> {
  for (let tries = 0; tries < 5; tries++) {
    await rm(folder, { recursive: true, force: true });
    await new Promise((resolve) => setTimeout(resolve, 200));
    if (!existsSync(folder)) return;
  }
}

/** The innermost message of an error's cause chain: the problem itself, without Eleventy's wrappers. */
function describe(error: unknown): string {
  let current: unknown = error;
  let message = String(error);
  while (current instanceof Error) {
    message = current.message;
    current = current.cause ?? (current as { originalError?: unknown }).originalError;
  }
  return message;
}

const started = performance.now();
try {
  await build();
  console.log(`Built ${output}/ in ${Math.round(performance.now() - started)} ms`);
} catch (error) {
  await removeSettled(next);
  console.error(`\nBuild failed; ${output}/ was left as it was.\n${describe(error)}`);
  process.exitCode = 1;
}
