import { mkdtemp, readFile, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterEach, describe, expect, it } from "vitest";
import { openStore, type SubmissionStore } from "../../src/receiver/store.ts";

const opened: SubmissionStore[] = [];
afterEach(() => opened.splice(0).forEach((store) => store.close()));
async function tempDb() {
  return path.join(await mkdtemp(path.join(tmpdir(), "haven-store-")), "nested", "submissions.sqlite");
}
function open(file: string, options: { duplicateWindowMs?: number } = {}) {
  const store = openStore({ file, ...options });
  opened.push(store);
  return store;
}
/** Moves every row's time back by `days`, as if it had arrived then. */
function age(file: string, days: number) {
  const db = new Database(file);
  db.prepare("UPDATE submissions SET received_at = strftime('%Y-%m-%dT%H:%M:%fZ', received_at, ?)").run(`-${days} days`);
  db.close();
}

describe("the submissions store", () => {
  it("creates its file readable and writable by its owner only, whatever the umask", async () => {
    const file = await tempDb();
    const umask = process.umask(0o022);
    try {
      open(file);
    } finally {
      process.umask(umask);
    }
    expect((await stat(file)).mode & 0o777).toBe(0o600);
    expect((await stat(path.dirname(file))).mode & 0o777).toBe(0o700);
  });
  it("merges a quick retry of the same values, but stores the same values sent again later", async () => {
    const file = await tempDb();
    const store = open(file);
    const first = store.save("book", { name: "Same Values", email: "a@example.org" });
    expect(store.save("book", { name: "Same Values", email: "a@example.org" })).toEqual({ ...first, duplicate: true });
    age(file, 21);
    const later = store.save("book", { name: "Same Values", email: "a@example.org" });
    expect(later).toMatchObject({ id: first.id + 1, duplicate: false });
    expect(store.list().map((row) => row.id)).toEqual([first.id, later.id]);
  });
  it("keeps the rows of a database made by 0.1 (unique digest) and then stores repeats after the window", async () => {
    const file = await tempDb();
    open(file).close();
    const old = new Database(file);
    old.exec("DROP TABLE submissions");
    old.exec("CREATE TABLE submissions (id INTEGER PRIMARY KEY, form TEXT NOT NULL, received_at TEXT NOT NULL, data TEXT NOT NULL, digest TEXT NOT NULL UNIQUE)");
    old.prepare("INSERT INTO submissions VALUES (7, 'book', '2025-01-01T00:00:00.000Z', ?, 'd')").run(JSON.stringify({ name: "Old Row" }));
    old.close();
    const store = open(file, { duplicateWindowMs: 0 });
    expect(store.list()).toEqual([{ id: 7, form: "book", receivedAt: "2025-01-01T00:00:00.000Z", data: { name: "Old Row" } }]);
    store.save("book", { name: "Twice" });
    await new Promise((resolve) => setTimeout(resolve, 5));
    expect(store.save("book", { name: "Twice" }).duplicate).toBe(false);
  });
  it("lists since a date and deletes before one, overwriting the deleted bytes", async () => {
    const file = await tempDb();
    const store = open(file);
    store.save("contact", { name: "Handled Long Ago", email: "old@example.org" });
    age(file, 40);
    store.save("contact", { name: "Still Open", email: "new@example.org" });
    const cutoff = new Date(Date.now() - 30 * 86_400_000).toISOString();
    expect(store.list({ since: cutoff }).map((row) => row.data.name)).toEqual(["Still Open"]);
    expect(store.list({ form: "book" })).toEqual([]);
    expect(store.deleteBefore(cutoff)).toBe(1);
    expect(store.list().map((row) => row.data.name)).toEqual(["Still Open"]);
    store.close();
    expect((await readFile(file)).includes("Handled Long Ago")).toBe(false);
  });
});
