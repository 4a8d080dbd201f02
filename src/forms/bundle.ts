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

// From src/ the entry is the TypeScript source; from dist/ it is the copy `build:dist` bundles there.
const here = fileURLToPath(import.meta.url);
const ENTRY = path.resolve(path.dirname(here), "../client", `forms${path.extname(here)}`);

/** The built browser bundle: its public path, its bytes and their sizes. */
export interface Bundle {
  src: string;
  code: Uint8Array;
  sizes: { raw: number; gzip: number; brotli: number };
}

/** Bundles `src/client/forms.ts` with esbuild: minified, ES2019, ES module, content-hashed file name. */
export async function buildBundle(entry = ENTRY): Promise<Bundle> {
  if (!existsSync(entry)) throw new Error(`Haven: the forms bundle's entry ${entry} is missing`);
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
  return { src: `/${ASSETS}/${path.basename(file.path)}`, code, sizes };
}

/** Writes the bundle into the output folder, removing earlier hashed copies so watch mode leaves one. */
export async function writeBundle(bundle: Bundle, outputDir: string): Promise<void> {
  const dir = path.join(outputDir, ASSETS);
  await mkdir(dir, { recursive: true });
  const name = path.basename(bundle.src);
  const stale = (await readdir(dir)).filter((f) => /^forms-[A-Z0-9]+\.js$/.test(f) && f !== name);
  await Promise.all(stale.map((f) => rm(path.join(dir, f))));
  await writeFile(path.join(dir, name), bundle.code);
}

/** One build-log line with the bundle's raw, gzip and brotli sizes against the budget. */
export function describeBundle({ src, sizes }: Bundle): string {
  const over = sizes.brotli > BUNDLE_BUDGET ? ` OVER the ${BUNDLE_BUDGET} B budget` : ` (budget ${BUNDLE_BUDGET} B)`;
  return `Haven forms bundle ${src}: ${sizes.raw} B raw, ${sizes.gzip} B gzip, ${sizes.brotli} B brotli${over}`;
}
