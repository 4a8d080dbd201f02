import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./sites.ts";

/** Wall time, peak memory and standard output of one measured process. */
export interface Run {
  ms: number;
  rssMb: number;
  stdout: string;
}

const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "esm", "index.mjs");
const RSS = path.join(ROOT, "scripts", "bench", "report-rss.mjs");
export const ELEVENTY = path.join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

/** Runs `node <args>` in `cwd` with tsx and the memory reporter loaded, timing it from spawn to exit. */
export async function measure(cwd: string, args: string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", TSX, "--import", RSS, ...args], { cwd, stdio: ["ignore", "pipe", "pipe"] });
  let [stdout, stderr] = ["", ""];
  child.stdout.on("data", (chunk) => (stdout += chunk));
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(" ")} failed in ${cwd}:\n${stderr.slice(-2000)}`);
  const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1]);
  return { ms, rssMb: kb / 1024, stdout };
}

/**
 * Runs every build once per round, `times` rounds, and gives each build's median run (by wall time).
 * Rounds interleave the builds, so a shared machine's drifting speed hits them all alike.
 */
export async function medians<K extends string>(times: number, builds: Record<K, () => Promise<Run>>): Promise<Record<K, Run>> {
  const runs = Object.fromEntries(Object.keys(builds).map((k) => [k, [] as Run[]])) as Record<K, Run[]>;
  for (let i = 0; i < times; i++) {
    for (const [name, once] of Object.entries(builds) as [K, () => Promise<Run>][]) runs[name].push(await once());
  }
  const middle = (list: Run[]) => [...list].sort((a, b) => a.ms - b.ms)[Math.floor(list.length / 2)];
  return Object.fromEntries(Object.entries(runs).map(([k, list]) => [k, middle(list as Run[])])) as Record<K, Run>;
}
