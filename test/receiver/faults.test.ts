import { execFileSync } from "node:child_process";
import { statSync } from "node:fs";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { postJson, startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

const started: TestReceiver[] = [];
afterEach(async () => {
  for (const receiver of started.splice(0)) await receiver.close();
});
async function receiverWith(options: Parameters<typeof startTestReceiver>[0] = {}) {
  const receiver = await startTestReceiver(options);
  started.push(receiver);
  return receiver;
}

/** The rows in the file, read by a separate connection: what survives, not what the receiver's connection believes. */
function rowsOnDisk(file: string): { data: string }[] {
  const reader = new Database(file, { readonly: true });
  try {
    return reader.prepare("SELECT data FROM submissions").all() as { data: string }[];
  } finally {
    reader.close();
  }
}

const book = (name: string) => ({ name, email: "ann@example.org" });

describe("storage faults: an ok only after the row is committed", () => {
  it("answers 500 with nothing stored when the database cannot be written, and logs that storing failed", async () => {
    const receiver = await receiverWith();
    expect((await postJson(`${receiver.url}/api/forms/book`, book("Before Fault"))).status).toBe(200);
    // Immutable even to root: SQLite's commit writes to the log fail as a read-only disk's would.
    execFileSync("chattr", ["+i", `${receiver.dbFile}-wal`]);
    let answer;
    try {
      answer = await postJson(`${receiver.url}/api/forms/book`, book("During Fault"));
    } finally {
      execFileSync("chattr", ["-i", `${receiver.dbFile}-wal`]);
    }
    expect(answer).toMatchObject({ status: 500, body: { ok: false, error: "server_error" } });
    expect(rowsOnDisk(receiver.dbFile).map((row) => JSON.parse(row.data).name)).toEqual(["Before Fault"]);
    expect(receiver.logs.join("\n")).toMatch(/storing a "book" submission failed, nothing was stored/);
    expect(receiver.logs.join("\n")).not.toMatch(/stored a "book" submission \(#2\)|During Fault|ann@example/);
    expect((await postJson(`${receiver.url}/api/forms/book`, book("After Fault"))).status).toBe(200);
  });
  it("answers 500 with nothing stored when the database is full, and every ok before it is a stored row", async () => {
    const receiver = await receiverWith({ store: { maxBytes: 40 * 1024 } });
    const statuses: number[] = [];
    for (let i = 0; i < 40 && !statuses.includes(500); i++) {
      const values = { name: `Full ${i}`, email: "ann@example.org", phone: "", contactMethod: "email", message: `${i} ${"long message ".repeat(150)}` };
      statuses.push((await postJson(`${receiver.url}/api/forms/contact`, values)).status);
    }
    expect(statuses.at(-1)).toBe(500);
    expect(rowsOnDisk(receiver.dbFile)).toHaveLength(statuses.filter((s) => s === 200).length);
    expect(receiver.logs.join("\n")).toMatch(/storing a "contact" submission failed.*full/);
  });
});

describe("the write-ahead log", () => {
  it("stays bounded after 2,000 distinct posts (SQLite's auto-checkpoint runs once statements complete)", async () => {
    const receiver = await receiverWith();
    const url = `${receiver.url}/api/forms/book`;
    for (let batch = 0; batch < 100; batch++) {
      const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => postJson(url, book(`Wal ${batch * 20 + i}`))));
      expect(answers.every((a) => a.status === 200)).toBe(true);
    }
    const walBytes = statSync(`${receiver.dbFile}-wal`).size;
    console.log(`-wal after 2,000 posts: ${walBytes} bytes; database: ${statSync(receiver.dbFile).size} bytes`);
    expect(rowsOnDisk(receiver.dbFile)).toHaveLength(2000);
    expect(walBytes).toBeLessThan(4.5 * 1024 * 1024);
  });
});
