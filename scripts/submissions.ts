/**
 * Lists the submissions the local receiver stored, oldest first. They hold health and insurance data:
 * this prints them to your terminal only.
 * Usage: tsx scripts/submissions.ts [--form verify-insurance] [--db .data/submissions.sqlite] [--json]
 */
import { existsSync } from "node:fs";
import { parseArgs } from "node:util";
import { DEFAULT_DB, openStore } from "../src/receiver/store.ts";

const { values } = parseArgs({
  options: { form: { type: "string" }, db: { type: "string", default: DEFAULT_DB }, json: { type: "boolean", default: false } },
});

if (!existsSync(values.db)) {
  console.log(`No submissions yet (${values.db} does not exist).`);
  process.exit(0);
}
const store = openStore(values.db);
const rows = store.list(values.form);
store.close();

if (values.json) {
  console.log(JSON.stringify(rows, null, 2));
} else {
  for (const row of rows) {
    console.log(`#${row.id}  ${row.receivedAt}  ${row.form}`);
    for (const [name, value] of Object.entries(row.data)) console.log(`    ${name}: ${value.replace(/\s+/g, " ")}`);
  }
  console.log(`${rows.length} submission${rows.length === 1 ? "" : "s"}${values.form ? ` of "${values.form}"` : ""} in ${values.db}`);
}
