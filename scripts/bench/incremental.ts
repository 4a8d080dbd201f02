import { spawn } from "node:child_process";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ELEVENTY } from "./run.ts";
import { ROOT } from "./sites.ts";

const TSX = path.join(ROOT, "node_modules", "tsx", "dist", "esm", "index.mjs");

/** How long one save took, in ms: to the rebuilt page on disk, and to the end of the rebuild, when the dev server reloads the browser. */
export interface Rebuild {
  page: number;
  done: number;
}

/** How many builds Eleventy has reported finishing ("[11ty] Wrote 221 files …") in a server's log. */
const buildsIn = (log: string) => log.split("[11ty] Wrote ").length - 1;

/**
 * Starts `eleventy --serve --incremental` on a site (as `npm start` does), saves one article `times`
 * times and returns how long each save took to reach the built page and to finish the rebuild.
 */
export async function incrementalRebuilds(site: string, times: number, port = 8391): Promise<Rebuild[]> {
  const args = ["--import", TSX, ELEVENTY, "--config=eleventy.config.ts", "--serve", "--incremental", `--port=${port}`];
  const server = spawn(process.execPath, args, { cwd: site, stdio: ["ignore", "pipe", "pipe"] });
  let log = "";
  server.stdout.on("data", (chunk) => (log += chunk));
  server.stderr.on("data", (chunk) => (log += chunk));
  try {
    await until(() => log.includes("Server at"), 120_000, () => log);
    await new Promise((r) => setTimeout(r, 1000)); // the file watcher starts after the server
    const source = path.join(site, "content", "articles", "article-0.md");
    const built = path.join(site, "_site", "articles", "article-0", "index.html");
    const original = await readFile(source, "utf8");
    const timings: Rebuild[] = [];
    for (let i = 0; i < times; i++) {
      const token = `edit-${Date.now()}-${i}`;
      const builds = buildsIn(log);
      const started = performance.now();
      await writeFile(source, `${original}\n\n${token}\n`);
      await until(async () => (await readFile(built, "utf8").catch(() => "")).includes(token), 30_000, () => log);
      const page = performance.now() - started;
      await until(() => buildsIn(log) > builds, 60_000, () => log);
      timings.push({ page, done: performance.now() - started });
      await new Promise((r) => setTimeout(r, 500)); // let the watcher settle between saves
    }
    await writeFile(source, original);
    return timings;
  } finally {
    server.kill();
  }
}

async function until(check: () => boolean | Promise<boolean>, timeout: number, context: () => string): Promise<void> {
  const deadline = Date.now() + timeout;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`Timed out; server said:\n${context().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 10));
  }
}
