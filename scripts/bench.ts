/**
 * Build-speed benchmark: the same articles built three ways in the same run (Haven, bare Eleventy
 * with one trivial layout and the same markdown engine, and a bare markdown-it + Nunjucks script),
 * median of --runs interleaved runs each, Haven's index step (Pagefind) timed inside its build, then the
 * incremental rebuild time under `--serve --incremental`.
 * Usage: npm run bench [-- --content synthetic|example --sizes 1000,2000,10000 --runs 3]
 */
import { execFileSync } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { incrementalRebuilds } from "./bench/incremental.ts";
import { ELEVENTY, measure, medians, type Run } from "./bench/run.ts";
import { type BenchContent, ROOT, writeBareSite, writeHavenSite } from "./bench/sites.ts";
import { scriptArgs } from "../src/receiver/command-line.ts";

const { values } = scriptArgs(
  "Usage: npm run bench -- [--content synthetic|example] [--sizes 1000,2000,10000] [--runs 3] [--incremental 1000]\n\n" +
    "Build-speed benchmark: Haven, bare Eleventy and a bare script, median of --runs interleaved runs per size.\n" +
    "--content example builds copies of the example site's real article (the whole example site scaled up);\n" +
    "synthetic (the default) builds generated articles. --incremental 0 skips the incremental rebuild.",
  {
    content: { type: "string", default: "synthetic" },
    sizes: { type: "string", default: "1000,2000,10000" },
    runs: { type: "string", default: "3" },
    incremental: { type: "string", default: "1000" },
  },
);
if (values.content !== "synthetic" && values.content !== "example") throw new Error(`--content: expected synthetic or example, got ${values.content}`);
const content: BenchContent = values.content;
const sizes = values.sizes.split(",").map(Number);
const runs = Number(values.runs);
execFileSync("npm", ["run", "--silent", "build:dist"], { cwd: ROOT, stdio: "inherit" }); // sites run the compiled plugin, as installed
const eleventy = (site: string) => () => measure(site, [ELEVENTY, "--config=eleventy.config.ts", "--quiet"]);
const script = (site: string) => () =>
  measure(site, [path.join(ROOT, "scripts/bench/bare-script.ts"), "content/articles", "_script-site"]);
/** The index step's time inside a Haven build, as the build reports it ("Pagefind indexed … in 2.91 s"), in ms. */
function indexMs(run: Run): number {
  const seconds = /Pagefind indexed .* in ([\d.]+) s/.exec(run.stdout)?.[1];
  if (seconds === undefined) throw new Error(`Haven's build did not report its index step:\n${run.stdout.slice(-1000)}`);
  return Number(seconds) * 1000;
}

console.log(`Machine: ${os.cpus()[0]?.model} × ${os.cpus().length}, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}, load average ${os.loadavg()[0].toFixed(1)}.`);
console.log(`Content: ${content}; median of ${runs} interleaved runs. Haven's time includes its index step, also shown alone (timed inside the same build).\n`);
console.log(["articles", "build", "wall s", "ms/article", "articles/s", "peak RSS MB"].join("\t"));
const row = (n: number, name: string, ms: number, rssMb?: number) =>
  console.log([n, name, (ms / 1000).toFixed(2), (ms / n).toFixed(2), Math.round((n * 1000) / ms), rssMb === undefined ? "-" : Math.round(rssMb)].join("\t"));

const perPage: Record<number, { all: number; build: number }> = {};
for (const n of sizes) {
  const havenSite = await writeHavenSite(n, content);
  const bareSite = await writeBareSite(n, content);
  const builds = { haven: eleventy(havenSite), bare: eleventy(bareSite), bareScript: script(bareSite) };
  const { haven, bare, bareScript } = await medians(runs, builds);
  const index = indexMs(haven); // the median Haven run's own index step (Pagefind's memory is its own process's)
  row(n, "haven", haven.ms, haven.rssMb);
  row(n, "index step", index);
  row(n, "bare eleventy", bare.ms, bare.rssMb);
  row(n, "bare script", bareScript.ms, bareScript.rssMb);
  const ratio = (a: number, b: number) => `${(a / b).toFixed(2)}×`;
  console.log(`${n}\tratios\thaven/bare-eleventy ${ratio(haven.ms, bare.ms)} time (${ratio(haven.ms - index, bare.ms)} without the index step), ${ratio(haven.rssMb, bare.rssMb)} peak RSS; haven/script ${ratio(haven.ms, bareScript.ms)} time`);
  perPage[n] = { all: haven.ms / n, build: (haven.ms - index) / n };
}
const largest = Math.max(...sizes);
if (perPage[1000] && largest > 1000) {
  const share = (key: "all" | "build") => `${((perPage[largest][key] / perPage[1000][key]) * 100).toFixed(0)}%`;
  console.log(`\nLinearity: Haven ms/article at ${largest} is ${share("all")} of that at 1000 (${share("build")} without the index step).`);
}

const incrementalSize = Number(values.incremental);
if (incrementalSize > 0) {
  const timings = await incrementalRebuilds(await writeHavenSite(incrementalSize, content), 3);
  const report = (key: "page" | "done") => {
    const sorted = timings.map((t) => t[key]).sort((a, b) => a - b);
    return `${sorted.map((t) => Math.round(t)).join(", ")} ms (median ${Math.round(sorted[1] ?? sorted[0])} ms)`;
  };
  console.log(`\nIncremental (--serve --incremental, ${incrementalSize} articles): save → rebuilt page on disk in ${report("page")}; → rebuild done (the browser reloads) in ${report("done")}.`);
}
