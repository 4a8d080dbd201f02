import { spawn } from "node:child_process";
import path from "node:path";
import { ROOT } from "./sites.ts";

/** Wall time and peak memory of one measured process. */
export interface Run {
  ms: number;
  rssMb: number;
}

const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "esm", "index.mjs");
const RSS = path.join(ROOT, "scripts", "bench", "report-rss.mjs");
export const ELEVENTY = path.join(ROOT, "node_modules", "@11ty", "eleventy", "cmd.cjs");

/** Runs `node <args>` in `cwd` with tsx and the memory reporter loaded, timing it from spawn to exit. */
export async function measure(cwd: string, args: string[]): Promise<Run> {
  const started = performance.now();
  const child = spawn(process.execPath, ["--import", TSX, "--import", RSS, ...args], { cwd, stdio: ["ignore", "ignore", "pipe"] });
  let stderr = "";
  child.stderr.on("data", (chunk) => (stderr += chunk));
  const code = await new Promise<number | null>((resolve) => child.on("close", resolve));
  const ms = performance.now() - started;
  if (code !== 0) throw new Error(`${args.join(" ")} failed in ${cwd}:\n${stderr.slice(-2000)}`);
  const kb = Number(/BENCH_MAXRSS_KB=(\d+)/.exec(stderr)?.[1]);
  return { ms, rssMb: kb / 1024 };
}

/** The median of `times` runs (by wall time). */
export async function median(times: number, once: () => Promise<Run>): Promise<Run> {
  const runs: Run[] = [];
  for (let i = 0; i < times; i++) runs.push(await once());
  runs.sort((a, b) => a.ms - b.ms);
  return runs[Math.floor(runs.length / 2)];
}
