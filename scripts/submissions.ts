/**
 * Lists, exports or deletes the submissions the receiver stored. They hold health and insurance data:
 * this prints them to your terminal (or a file you redirect to) only. `--help` lists the options.
 */
import { existsSync } from "node:fs";
import { dateOption, parseCommand, runCommand } from "../src/receiver/command-line.ts";
import { defaultDbPath } from "../src/receiver/db-path.ts";
import { openStore } from "../src/receiver/store.ts";
import { escapeControls, toCsv, toJson, toText } from "../src/receiver/submissions-format.ts";

const NAME = "npm run submissions --";
const HELP = `Usage: ${NAME} [options]

Lists the stored form submissions, oldest first (control characters are shown escaped, never raw).

  --form ID                only this form (contact, verify-insurance, book)
  --since DATE             only those received on or after DATE (2026-01-31 or 2026-01-31T09:00Z)
  --json                   as JSON
  --csv                    as CSV, one column per field (redirect it to a file: > export.csv)
  --delete-before DATE     delete (and overwrite) every submission received before DATE, then say how many
  --db FILE                the SQLite file (default $HAVEN_SUBMISSIONS_DB or .data/submissions.sqlite)
  -h, --help               this text`;

await runCommand(NAME, async () => {
  const values = parseCommand(process.argv.slice(2), {
    form: { type: "string" },
    since: { type: "string" },
    json: { type: "boolean", default: false },
    csv: { type: "boolean", default: false },
    "delete-before": { type: "string" },
    db: { type: "string" },
  });
  if (!values) return console.log(HELP);
  const db = values.db ?? defaultDbPath();
  const since = values.since === undefined ? undefined : dateOption(values.since, "since");
  const deleteBefore = values["delete-before"] === undefined ? undefined : dateOption(values["delete-before"], "delete-before");
  if (!existsSync(db)) return console.log(`No submissions yet (${db} does not exist).`);
  const store = openStore({ file: db });
  try {
    if (deleteBefore) return console.log(`Deleted ${store.deleteBefore(deleteBefore)} submission(s) received before ${deleteBefore} from ${db}.`);
    const rows = store.list({ form: values.form, since });
    if (values.csv) return void process.stdout.write(toCsv(rows));
    if (values.json) return console.log(toJson(rows));
    if (rows.length) console.log(toText(rows));
    const which = `${values.form ? ` of "${escapeControls(values.form)}"` : ""}${since ? ` since ${since}` : ""}`;
    console.log(`${rows.length} submission${rows.length === 1 ? "" : "s"}${which} in ${db}`);
  } finally {
    store.close();
  }
});
