import { existsSync } from "node:fs";
import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { brotliCompressSync, constants, gzipSync } from "node:zlib";
import { build } from "esbuild";

/** The bundle's brotli budget in bytes. */
export const BUNDLE_BUDGET = 3_000;

/** Where the bundle is written, inside the output folder. */
const ASSETS = "assets";

/** Haven's browser scripts, each an entry in `src/client/`: the forms' checks and the search page's client. */
export type BundleName = "forms" | "search" | "toc";

// From src/ the entry is the TypeScript source; from dist/ it is the copy `build:dist` bundles there.
const here = fileURLToPath(import.meta.url);
const entryOf = (name: BundleName) => path.resolve(path.dirname(here), "../client", `${name}${path.extname(here)}`);

/** The built browser bundle: its name, public path, bytes and their sizes. */
export interface Bundle {
  name: BundleName;
  src: string;
  code: Uint8Array;
  sizes: { raw: number; gzip: number; brotli: number };
}

/** Bundles `src/client/<name>.ts` with esbuild: minified, ES2019, ES module, content-hashed file name. */
export async function buildBundle(name: BundleName = "forms", entry = entryOf(name)): Promise<Bundle> {
  if (!existsSync(entry)) throw new Error(`Haven: the ${name} bundle's entry ${entry} is missing`);
  const result = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2019",
    write: false,
    outdir: ASSETS,
    entryNames: "[name]-[hash]",
    legalComments: "none",
    logLevel: "silent",
  });
  const [file] = result.outputFiles;
  const code = file.contents;
  const sizes = {
    raw: code.length,
    gzip: gzipSync(code, { level: 9 }).length,
    brotli: brotliCompressSync(code, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length,
  };
  return { name, src: `/${ASSETS}/${path.basename(file.path)}`, code, sizes };
}

/** Bundles `src/client/<name>.ts` as a classic script for a page to inline: it runs where it stands, before the first paint. */
export async function buildInlineScript(name: BundleName, entry = entryOf(name)): Promise<string> {
  const result = await build({ entryPoints: [entry], bundle: true, minify: true, format: "iife", target: "es2019", write: false, legalComments: "none", logLevel: "silent" });
  // Inside <script>, only "</script" could end it early.
  return result.outputFiles[0].text.trim().replace(/<\/(script)/gi, "<\\/$1");
}

/** Writes the bundle into the output folder, removing earlier hashed copies so watch mode leaves one. */
export async function writeBundle(bundle: Bundle, outputDir: string): Promise<void> {
  const dir = path.join(outputDir, ASSETS);
  await mkdir(dir, { recursive: true });
  const name = path.basename(bundle.src);
  const stale = (await readdir(dir)).filter((f) => f.startsWith(`${bundle.name}-`) && /-[A-Z0-9]+\.js$/.test(f) && f !== name);
  await Promise.all(stale.map((f) => rm(path.join(dir, f))));
  await writeFile(path.join(dir, name), bundle.code);
}

/** One build-log line with the bundle's raw, gzip and brotli sizes against the budget. */
export function describeBundle({ name, src, sizes }: Bundle): string {
  const over = sizes.brotli > BUNDLE_BUDGET ? ` OVER the ${BUNDLE_BUDGET} B budget` : ` (budget ${BUNDLE_BUDGET} B)`;
  return `Haven ${name} bundle ${src}: ${sizes.raw} B raw, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli${over}`;
}
