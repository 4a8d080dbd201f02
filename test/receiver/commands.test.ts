import { execFile, execFileSync, spawn } from "node:child_process";
import { mkdir, mkdtemp, stat } from "node:fs/promises";
import { createServer } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { promisify } from "node:util";
import { describe, expect, inject, it } from "vitest";
import { openStore } from "../../src/receiver/store.ts";

const TSX = ["--import", "tsx"];
const BIN = "src/receiver/bin.ts";
const DATA = ["--data", "test/fixtures/theme-site/content/_data", "--includes", "test/fixtures/theme-site/content/_includes"];

/** Runs a script (its path, then any leading arguments, space-separated) as `npm run` does (through tsx); resolves with its exit code and output, never rejects. */
async function run(script: string, args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await promisify(execFile)(process.execPath, [...TSX, ...script.split(" "), ...args], { timeout: 60_000 });
    return { code: 0, stdout, stderr };
  } catch (error) {
    const { code, stdout, stderr } = error as { code: number; stdout: string; stderr: string };
    return { code, stdout, stderr };
  }
}
const tempDir = () => mkdtemp(path.join(tmpdir(), "haven-cmd-"));
const oneLine = (text: string) => text.trim().split("\n").length === 1 && !/\n\s+at /.test(text);

const SCRIPTS = ["build", "bench", "check-viewport", "measure", "preview", "submissions", "load-receiver"].map((name) => `scripts/${name}.ts`);
/** The package command and each of its subcommands, as `[script, ...leading arguments]`. */
const CLI = ["src/cli/bin.ts", "src/cli/bin.ts check", "src/cli/bin.ts init", "src/cli/bin.ts review-report"];

describe("every script explains itself and fails in one line", () => {
  it.each([BIN, ...SCRIPTS, ...CLI])("%s --help prints its usage", async (script) => {
    const { code, stdout } = await run(script, ["--help"]);
    expect([code, stdout]).toEqual([0, expect.stringMatching(/^Usage: /)]);
  });
  it.each([BIN, ...SCRIPTS, ...CLI])("%s names an unknown option in one line", async (script) => {
    const { code, stderr } = await run(script, ["--colour"]);
    expect(code).toBe(2);
    expect(stderr).toMatch(/Unknown option --colour\. Run with --help/);
    expect(oneLine(stderr)).toBe(true);
  });
  it("says in one line that the port is taken", async () => {
    const other = createServer().listen(0, "127.0.0.1");
    await new Promise((resolve) => other.once("listening", resolve));
    const port = String((other.address() as { port: number }).port);
    const { code, stderr } = await run(BIN, ["--site", inject("exampleSite"), ...DATA, "--db", path.join(await tempDir(), "s.sqlite"), "--port", port]);
    other.close();
    expect([code, oneLine(stderr)]).toEqual([1, true]);
    expect(stderr).toMatch(new RegExp(`port ${port} on 127.0.0.1 is already in use`));
  });
  it("says in one line that the database folder is not writable", async () => {
    const folder = path.join(await tempDir(), "locked");
    await mkdir(folder);
    execFileSync("chattr", ["+i", folder]); // not even root may create a file in it
    try {
      const { code, stderr } = await run(BIN, ["--site", inject("exampleSite"), ...DATA, "--db", path.join(folder, "s.sqlite"), "--port", "0"]);
      expect([code, oneLine(stderr)]).toEqual([1, true]);
      expect(stderr).toMatch(/cannot write the submissions database .*locked\/s\.sqlite: its folder or file is not writable/);
    } finally {
      execFileSync("chattr", ["-i", folder]);
    }
  });
});

describe("haven-receiver in production", () => {
  it("finishes a post in flight on SIGTERM, stores it, checkpoints the log and exits 0", async () => {
    const db = path.join(await tempDir(), "s.sqlite");
    const child = spawn(process.execPath, [...TSX, BIN, "--site", inject("exampleSite"), ...DATA, "--db", db, "--port", "0"]);
    let output = "";
    const url = await new Promise<string>((resolve, reject) => {
      child.stdout.on("data", (chunk) => (output += chunk) && /on (http:\S+),/.test(output) && resolve(/on (http:\S+),/.exec(output)![1]));
      child.on("exit", () => reject(new Error(output)));
    });
    const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
    const body = JSON.stringify({ name: "In Flight", email: "f@example.org" });
    const { request } = await import("node:http");
    const answered = new Promise<number>((resolve, reject) => {
      const req = request(`${url}/api/forms/book`, { method: "POST", headers: { "Content-Type": "application/json", Accept: "application/json", "Content-Length": body.length } }, (res) => resolve(res.statusCode!));
      req.on("error", reject);
      req.write(body.slice(0, 10)); // the rest comes after SIGTERM
      setTimeout(() => child.kill("SIGTERM"), 300);
      setTimeout(() => req.end(body.slice(10)), 800);
    });
    expect(await answered).toBe(200);
    expect(await exited).toBe(0);
    expect(openStore({ file: db }).list().map((row) => row.data.name)).toEqual(["In Flight"]);
    expect((await stat(`${db}-wal`).catch(() => ({ size: 0 }))).size).toBe(0);
  });
});

describe("npm run submissions", () => {
  it("filters --since, exports --csv, deletes --delete-before, and never prints a control character raw", async () => {
    const db = path.join(await tempDir(), "s.sqlite");
    const store = openStore({ file: db });
    store.save("contact", { name: "Esc\u001b[2J Name", message: "=HYPERLINK(\"x\")\nline two" });
    store.close();
    const text = await run("scripts/submissions.ts", ["--db", db]);
    expect(text.stdout).toContain("name: Esc\\u{1b}[2J Name");
    expect(text.stdout).not.toMatch(/[\u0000-\u0009\u000b-\u001f]/);
    const csv = await run("scripts/submissions.ts", ["--db", db, "--csv"]);
    expect(csv.stdout).toMatch(/^id,form,receivedAt,name,message\r\n1,contact,\S+,Esc\\u\{1b\}\[2J Name,"'=HYPERLINK\(""x""\)\nline two"\r\n$/);
    const tomorrow = new Date(Date.now() + 86_400_000).toISOString().slice(0, 10);
    expect((await run("scripts/submissions.ts", ["--db", db, "--since", tomorrow])).stdout).toMatch(/^0 submissions since/);
    expect((await run("scripts/submissions.ts", ["--db", db, "--since", "last week"])).stderr).toMatch(/--since must be a date like 2026-01-31/);
    expect((await run("scripts/submissions.ts", ["--db", db, "--delete-before", tomorrow])).stdout).toMatch(/^Deleted 1 submission/);
    expect((await run("scripts/submissions.ts", ["--db", db, "--json"])).stdout.trim()).toBe("[]");
  });
});
