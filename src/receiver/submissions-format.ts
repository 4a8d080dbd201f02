import type { StoredSubmission } from "./store.ts";

// C0 and C1 controls, DEL, and the bidirectional overrides and isolates that reorder what a terminal shows.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;
const CSV_KEEP = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

/** Shows every control character as a visible `\u{1b}` escape, so stored text never drives the terminal. */
export function escapeControls(text: string, unsafe: RegExp = UNSAFE): string {
  return text.replace(unsafe, (c) => `\\u{${c.codePointAt(0)!.toString(16)}}`);
}

/** Submissions as readable text: a header line per submission, then one indented line per field. */
export function toText(rows: StoredSubmission[]): string {
  return rows
    .map((row) => [`#${row.id}  ${row.receivedAt}  ${escapeControls(row.form)}`, ...Object.entries(row.data).map(([k, v]) => `    ${escapeControls(k)}: ${escapeControls(v)}`)].join("\n"))
    .join("\n");
}

/** Submissions as JSON, with controls JSON leaves raw (C1, bidi) written as `\uXXXX` escapes too. */
export function toJson(rows: StoredSubmission[]): string {
  return JSON.stringify(rows, null, 2).replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * Submissions as RFC 4180 CSV: id, form, receivedAt, then every field any row has. Line breaks stay
 * (quoted); other controls are escaped; a value a spreadsheet would run as a formula (`=`, `+`, `-`, `@`) gets a leading `'`.
 */
export function toCsv(rows: StoredSubmission[]): string {
  const fields = [...new Set(rows.flatMap((row) => Object.keys(row.data)))];
  const lines = [["id", "form", "receivedAt", ...fields]];
  for (const row of rows) lines.push([String(row.id), row.form, row.receivedAt, ...fields.map((f) => row.data[f] ?? "")]);
  return lines.map((cells) => cells.map(csvCell).join(",")).join("\r\n") + "\r\n";
}

function csvCell(value: string): string {
  const safe = escapeControls(/^[=+\-@\t\r]/.test(value) ? `'${value}` : value, CSV_KEEP);
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}
