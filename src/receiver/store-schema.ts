import type { Database } from "better-sqlite3";

/**
 * The submissions table. `digest` (form + values) is indexed, not unique: the same values sent again
 * weeks later are a new submission; only a retry within the duplicate window is merged (see store.ts).
 */
const SCHEMA = `CREATE TABLE IF NOT EXISTS submissions (
  id INTEGER PRIMARY KEY,
  form TEXT NOT NULL,
  received_at TEXT NOT NULL,
  data TEXT NOT NULL,
  digest TEXT NOT NULL,
  lang TEXT
);
CREATE INDEX IF NOT EXISTS submissions_digest ON submissions (digest, received_at);
CREATE INDEX IF NOT EXISTS submissions_received_at ON submissions (received_at)`;

/**
 * Creates the table, or moves rows from version 0.1's table (whose `digest` was UNIQUE, so a later
 * identical submission could never be stored) into the current one, and adds the `lang` column to a
 * table made before it, in one transaction.
 */
export function migrate(db: Database): void {
  const old = db.prepare("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = 'submissions'").get() as { sql: string } | undefined;
  db.transaction(() => {
    if (old?.sql.includes("UNIQUE")) db.exec("ALTER TABLE submissions RENAME TO submissions_v0");
    if (old && !old.sql.includes("UNIQUE") && !/\blang\b/.test(old.sql)) db.exec("ALTER TABLE submissions ADD COLUMN lang TEXT");
    db.exec(SCHEMA);
    if (!old?.sql.includes("UNIQUE")) return;
    db.exec("INSERT INTO submissions (id, form, received_at, data, digest) SELECT id, form, received_at, data, digest FROM submissions_v0");
    db.exec("DROP TABLE submissions_v0");
  }).immediate();
}
