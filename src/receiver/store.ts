import { createHash } from "node:crypto";
import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";

/** Where `npm start`, `npm run preview` and `npm run submissions` keep submissions (git-ignored). */
export const DEFAULT_DB = process.env.HAVEN_SUBMISSIONS_DB ?? ".data/submissions.sqlite";

/** One stored submission. */
export interface StoredSubmission {
  id: number;
  form: string;
  receivedAt: string;
  data: Record<string, string>;
}

/** Accepted submissions, one row each. */
export interface SubmissionStore {
  /** Stores a checked submission in one statement; the same form and values again are not stored twice. */
  save(form: string, data: Record<string, string>): { id: number | undefined; duplicate: boolean };
  /** Submissions, oldest first, optionally of one form. */
  list(form?: string): StoredSubmission[];
  close(): void;
}

const SCHEMA = `CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY,
  form TEXT NOT NULL,
  received_at TEXT NOT NULL,
  data TEXT NOT NULL,
  digest TEXT NOT NULL UNIQUE
)`;

/** Opens (creating if needed) the SQLite file, readable by its owner only: it holds health and insurance data. */
export function openStore(file = DEFAULT_DB): SubmissionStore {
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  const db = new Database(file);
  chmodSync(file, 0o600);
  db.pragma("journal_mode = WAL");
  db.exec(SCHEMA);
  const insert = db.prepare(
    "INSERT INTO submissions (form, received_at, data, digest) VALUES (?, ?, ?, ?) ON CONFLICT (digest) DO NOTHING RETURNING id",
  );
  const all = db.prepare("SELECT id, form, received_at AS receivedAt, data FROM submissions WHERE ? IS NULL OR form = ? ORDER BY id");
  return {
    save(form, data) {
      const json = JSON.stringify(data);
      // A retry after a timeout whose first attempt did arrive sends the same values again.
      const digest = createHash("sha256").update(`${form}\n${json}`).digest("hex");
      const row = insert.get(form, new Date().toISOString(), json, digest) as { id: number } | undefined;
      return { id: row?.id, duplicate: !row };
    },
    list(form) {
      const rows = all.all(form ?? null, form ?? null) as (Omit<StoredSubmission, "data"> & { data: string })[];
      return rows.map((row) => ({ ...row, data: JSON.parse(row.data) }));
    },
    close: () => db.close(),
  };
}
