import { createHash } from "node:crypto";
import { chmodSync, mkdirSync } from "node:fs";
import path from "node:path";
import Database from "better-sqlite3";
import { migrate } from "./store-schema.ts";

/** One stored submission; `receivedAt` is an ISO 8601 UTC timestamp. */
export interface StoredSubmission {
  id: number;
  form: string;
  receivedAt: string;
  /** The language of the page the form was on, e.g. `es-US`; undefined for rows stored before Haven recorded it. */
  lang?: string;
  data: Record<string, string>;
}

/** How a store is opened. */
export interface StoreOptions {
  file: string;
  /** The same form and values again within this many milliseconds is one submission (a retry); default 10 minutes. */
  duplicateWindowMs?: number;
  /** Largest database size in bytes; a save past it fails (SQLITE_FULL) and stores nothing. Default: no cap. */
  maxBytes?: number;
}

/** Which stored submissions to read: of one form, received at or after `since` (ISO date or timestamp). */
export interface ListFilter {
  form?: string;
  since?: string;
}

/** What saving did: the row's id and time, and whether it was a quick retry of a row already stored. */
export interface Saved {
  id: number;
  receivedAt: string;
  duplicate: boolean;
}

/** Accepted submissions, one row each. */
export interface SubmissionStore {
  /** Stores a checked submission and commits it, or throws (SQLITE_BUSY, SQLITE_FULL, I/O errors) having stored nothing. */
  save(form: string, data: Record<string, string>, lang?: string): Saved;
  /** Submissions, oldest first. */
  list(filter?: ListFilter): StoredSubmission[];
  /** Deletes (overwriting their bytes) submissions received before `before` (ISO date or timestamp); returns how many. */
  deleteBefore(before: string): number;
  /** Checkpoints the write-ahead log into the database file and closes it. */
  close(): void;
}

const TEN_MINUTES = 10 * 60 * 1000;

/**
 * Opens (creating if needed) the SQLite file, readable by its owner only: it holds health and insurance
 * data. Errors (a folder that cannot be created, a file that cannot be written) are thrown as they are.
 */
export function openStore(options: StoreOptions): SubmissionStore {
  const { file, duplicateWindowMs = TEN_MINUTES } = options;
  mkdirSync(path.dirname(path.resolve(file)), { recursive: true, mode: 0o700 });
  // No busy wait: it would block every request for its length. The receiver retries asynchronously.
  const db = new Database(file, { timeout: 0 });
  chmodSync(file, 0o600);
  configure(db, options.maxBytes);
  migrate(db);
  const statements = prepare(db);
  const save = db.transaction((form: string, json: string, digest: string, now: Date, lang: string | null) => {
    const since = new Date(now.getTime() - duplicateWindowMs).toISOString();
    const prior = statements.recent.get(digest, since) as Omit<Saved, "duplicate"> | undefined;
    if (prior) return { ...prior, duplicate: true };
    const receivedAt = now.toISOString();
    const { lastInsertRowid } = statements.insert.run(form, receivedAt, json, digest, lang);
    return { id: Number(lastInsertRowid), receivedAt, duplicate: false };
  });
  return {
    save(form, data, lang) {
      const json = JSON.stringify(data);
      const digest = createHash("sha256").update(`${form}\n${json}`).digest("hex");
      // `.immediate` takes the write lock first and COMMIT is its own statement, so a failed commit throws.
      return save.immediate(form, json, digest, new Date(), lang ?? null);
    },
    list: ({ form, since } = {}) =>
      (statements.list.all({ form: form ?? null, since: since ?? null }) as Row[]).map(({ lang, ...row }) => ({ ...row, ...(lang && { lang }), data: JSON.parse(row.data) })),
    deleteBefore(before) {
      const { changes } = statements.deleteBefore.run(before);
      db.pragma("wal_checkpoint(TRUNCATE)"); // the overwritten pages leave the log too
      return changes;
    },
    close() {
      if (!db.open) return;
      db.pragma("wal_checkpoint(TRUNCATE)");
      db.close();
    },
  };
}

type Row = Omit<StoredSubmission, "data" | "lang"> & { data: string; lang: string | null };

function configure(db: Database.Database, maxBytes: number | undefined): void {
  db.pragma("journal_mode = WAL");
  db.pragma("synchronous = FULL"); // an "ok" means the row survives a power cut, not only a crash
  db.pragma("secure_delete = ON"); // deleted health data is overwritten, not left in free pages
  db.pragma("journal_size_limit = 4194304"); // after a checkpoint the log shrinks back to 4 MiB at most
  if (maxBytes) db.pragma(`max_page_count = ${Math.max(1, Math.floor(maxBytes / (db.pragma("page_size", { simple: true }) as number)))}`);
}

function prepare(db: Database.Database) {
  return {
    insert: db.prepare("INSERT INTO submissions (form, received_at, data, digest, lang) VALUES (?, ?, ?, ?, ?)"),
    recent: db.prepare("SELECT id, received_at AS receivedAt FROM submissions WHERE digest = ? AND received_at >= ? ORDER BY id DESC LIMIT 1"),
    list: db.prepare(
      `SELECT id, form, received_at AS receivedAt, lang, data FROM submissions
       WHERE (:form IS NULL OR form = :form) AND (:since IS NULL OR received_at >= :since) ORDER BY id`,
    ),
    deleteBefore: db.prepare("DELETE FROM submissions WHERE received_at < ?"),
  };
}
