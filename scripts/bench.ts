/**
 * Build-speed benchmark: synthetic articles built three ways in the same run (Haven, bare Eleventy
 * with one trivial layout, and a bare markdown-it + Nunjucks script), median of 3 runs each, plus
 * the incremental rebuild time under `--serve --incremental`. Usage: npm run bench [-- --sizes 100,1000,4000]
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { incrementalRebuilds } from "./bench/incremental.ts";
import { ELEVENTY, measure, medians, type Run } from "./bench/run.ts";
import { ROOT, writeBareSite, writeHavenSite } from "./bench/sites.ts";
import { scriptArgs } from "../src/receiver/command-line.ts";

const { values } = scriptArgs(
  "Usage: npm run bench -- [--sizes 100,1000,4000] [--runs 3]\n\nBuild-speed benchmark: Haven, bare Eleventy and a bare script, median of --runs interleaved runs per size.",
  { sizes: { type: "string", default: "100,1000,4000" }, runs: { type: "string", default: "3" } },
);
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
execFileSync("npm", ["run", "--silent", "build:dist"], { cwd: ROOT, stdio: "inherit" }); // sites run the compiled plugin, as installed
const eleventy = (site: string) => () => measure(site, [ELEVENTY, "--config=eleventy.config.ts", "--quiet"]);
const script = (site: string) => () =>
  measure(site, [path.join(ROOT, "scripts/bench/bare-script.ts"), "content/articles", "_script-site"]);

console.log(`Machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}; median of ${runs} interleaved runs.\n`);
const header = ["N", "build", "wall s", "ms/page", "pages/s", "peak RSS MB"];
console.log(header.join("\t"));
const row = (n: number, name: string, r: Run) =>
  console.log([n, name, (r.ms / 1000).toFixed(2), (r.ms / n).toFixed(2), Math.round((n * 1000) / r.ms), Math.round(r.rssMb)].join("\t"));

const perPage: Record<number, number> = {};
for (const n of sizes) {
  const havenSite = await writeHavenSite(n);
  const bareSite = await writeBareSite(n);
  const { haven, bare, bareScript } = await medians(runs, { haven: eleventy(havenSite), bare: eleventy(bareSite), bareScript: script(bareSite) });
  row(n, "haven", haven);
  row(n, "bare eleventy", bare);
  row(n, "bare script", bareScript);
  console.log(`${n}\tratios\thaven/bare-eleventy ${(haven.ms / bare.ms).toFixed(2)}× time, ${(haven.rssMb / bare.rssMb).toFixed(2)}× RSS; haven/script ${(haven.ms / bareScript.ms).toFixed(2)}× time`);
  perPage[n] = haven.ms / n;
}
if (perPage[1000] && perPage[4000]) {
  console.log(`\nLinearity: Haven ms/page at 4,000 is ${((perPage[4000] / perPage[1000]) * 100).toFixed(0)}% of that at 1,000.`);
}

const incrementalSize = sizes.includes(1000) ? 1000 : sizes[0];
const timings = await incrementalRebuilds(await writeHavenSite(incrementalSize), 3);
const sorted = [...timings].sort((a, b) => a - b);
console.log(`\nIncremental (--serve --incremental, ${incrementalSize} articles): save → rebuilt page in ${sorted.map((t) => Math.round(t)).join(", ")} ms (median ${Math.round(sorted[1] ?? sorted[0])} ms).`);
