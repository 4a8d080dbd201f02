/**
 * Load test of the receiver on 127.0.0.1: valid posts, posts that get the error page, and a compressed
 * page, each bounded in count and time; prints throughput and p50/p99 latency. `--help` lists the options.
 */
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { CommandError, parseCommand, runCommand, wholeNumber } from "../src/receiver/command-line.ts";
import { startReceiverServer } from "../src/receiver/run.ts";

const NAME = "npm run load:receiver --";
const HELP = `Usage: ${NAME} [options]

Starts the receiver on 127.0.0.1 (a temporary database) and measures, one phase after another:
valid posts (JSON answer), posts with errors (the HTML error page), and the article page with brotli.

  --site DIR          the built site (default _site)
  --data DIR          its data folder (default content/_data)
  --includes DIR      its includes (default content/_includes)
  --requests N        requests per phase (default 2000, at most 20000)
  --concurrency N     requests in flight at once (default 20, at most 200)
  --seconds N         time limit per phase (default 30, at most 120)
  --brotli N          brotli quality of compressed answers (default: the server's)
  -h, --help          this text`;

interface Phase {
  name: string;
  request(i: number, base: string): Promise<Response>;
  expect: number;
}

const ARTICLE = "/articles/understanding-ketamine-therapy/";
const PHASES: Phase[] = [
  {
    name: "valid posts",
    expect: 200,
    request: (i, base) => fetch(`${base}/api/forms/book`, { method: "POST", headers: { Accept: "application/json" }, body: new URLSearchParams({ name: `Load ${i} ${Date.now()}`, email: "load@example.org" }) }),
  },
  {
    name: "error page",
    expect: 400,
    request: (i, base) => fetch(`${base}/api/forms/book`, { method: "POST", body: new URLSearchParams({ name: `Load ${i}`, email: "not-an-address", _page: ARTICLE }) }),
  },
  { name: "article, br", expect: 200, request: (_, base) => fetch(base + ARTICLE, { headers: { "Accept-Encoding": "br" } }) },
];

/** Runs `count` requests, `concurrency` at a time, stopping at `deadline`; latencies in ms of those that got the expected status. */
async function measure(phase: Phase, base: string, count: number, concurrency: number, deadline: number) {
  const latencies: number[] = [];
  let next = 0;
  let failed = 0;
  const worker = async () => {
    while (next < count && Date.now() < deadline) {
      const i = next++;
      const start = performance.now();
      const response = await phase.request(i, base).catch(() => undefined);
      await response?.arrayBuffer();
      if (response?.status === phase.expect) latencies.push(performance.now() - start);
      else failed++;
    }
  };
  const started = performance.now();
  await Promise.all(Array.from({ length: concurrency }, worker));
  return { latencies: latencies.sort((a, b) => a - b), failed, seconds: (performance.now() - started) / 1000 };
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((sorted.length * p) / 100))] ?? NaN;

await runCommand(NAME, async () => {
  const values = parseCommand(process.argv.slice(2), {
    site: { type: "string", default: "_site" },
    data: { type: "string", default: "content/_data" },
    includes: { type: "string", default: "content/_includes" },
    requests: { type: "string", default: "2000" },
    concurrency: { type: "string", default: "20" },
    seconds: { type: "string", default: "30" },
    brotli: { type: "string" },
  });
  if (!values) return console.log(HELP);
  const count = Math.min(wholeNumber(values.requests, "requests"), 20_000);
  const concurrency = Math.min(wholeNumber(values.concurrency, "concurrency"), 200);
  const seconds = Math.min(wholeNumber(values.seconds, "seconds"), 120);
  const brotliQuality = values.brotli === undefined ? undefined : wholeNumber(values.brotli, "brotli", 0);
  if (brotliQuality !== undefined && brotliQuality > 11) throw new CommandError("--brotli must be 0 to 11.", 2);
  const folder = await mkdtemp(path.join(tmpdir(), "haven-load-"));
  const db = path.join(folder, "submissions.sqlite");
  const server = await startReceiverServer({ siteDir: values.site, dataDir: values.data, includesDir: values.includes, db, port: 0, host: "127.0.0.1", brotliQuality }, () => {});
  try {
    console.log(`${count} requests per phase, ${concurrency} at a time, at most ${seconds} s each, on ${server.url}`);
    for (const phase of PHASES) {
      const { latencies, failed, seconds: took } = await measure(phase, server.url, count, concurrency, Date.now() + seconds * 1000);
      const rate = (latencies.length / took).toFixed(0);
      console.log(`${phase.name.padEnd(12)} ${String(latencies.length).padStart(6)} ok ${String(failed).padStart(4)} failed  ${rate.padStart(5)} req/s  p50 ${percentile(latencies, 50).toFixed(1)} ms  p99 ${percentile(latencies, 99).toFixed(1)} ms`);
    }
  } finally {
    await server.stop();
    await rm(folder, { recursive: true, force: true });
  }
});
