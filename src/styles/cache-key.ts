import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

/** The version of the package `name` as `from` resolves it (package.json found above its entry: not every package exports it). */
export function packageVersion(name: string, from = require): string {
  let dir = path.dirname(from.resolve(name));
  while (!existsSync(path.join(dir, "package.json")) || readPackage(dir).name !== name) {
    const parent = path.dirname(dir);
    if (parent === dir) throw new Error(`Haven: no package.json for ${name}`);
    dir = parent;
  }
  return readPackage(dir).version;
}

function readPackage(dir: string): { name?: string; version: string } {
  return JSON.parse(readFileSync(path.join(dir, "package.json"), "utf8"));
}

/**
 * The tools that shape compiled CSS, with their versions: postcss, postcss-preset-env, cssnano, and the
 * browserslist and caniuse-lite data postcss-preset-env itself resolves. Any upgrade gives a new cache key.
 */
export function cssToolVersions(): string {
  const fromPresetEnv = createRequire(require.resolve("postcss-preset-env"));
  const tools = ["postcss", "postcss-preset-env", "cssnano"].map((name) => `${name}@${packageVersion(name)}`);
  const data = ["browserslist", "caniuse-lite"].map((name) => `${name}@${packageVersion(name, fromPresetEnv)}`);
  return [...tools, ...data].join(" ");
}

/** The cache file name of compiled CSS: a hash of the tools' versions and the source. */
export function cssCacheKey(source: string, tools: string): string {
  return createHash("sha256").update(tools).update("\0").update(source).digest("hex").slice(0, 20);
}
