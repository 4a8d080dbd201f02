import { existsSync } from "node:fs";
import path from "node:path";
import { CommandError, parseCommand, runCommand, wholeNumber } from "./command-line.ts";
import { type ReceiverSetup, startReceiverServer } from "./run.ts";
import { defaultDbPath } from "./db-path.ts";

const OPTIONS = {
  site: { type: "string", default: "_site" },
  data: { type: "string", default: "content/_data" },
  includes: { type: "string", default: "content/_includes" },
  db: { type: "string" },
  port: { type: "string", default: "8080" },
  host: { type: "string", default: "127.0.0.1" },
  "notify-url": { type: "string" },
  "max-db-mb": { type: "string", default: "1024" },
  "path-prefix": { type: "string", default: "/" },
} as const;

/** The `--help` text of `haven-receiver` and `npm run preview` (`name` is how it was called). */
export function receiverHelp(name: string): string {
  return `Usage: ${name} [options]

Serves a built Haven site and receives its forms, storing each accepted submission in SQLite.

  --site DIR          the built site (default _site)
  --data DIR          the site's data folder, for forms and insurers (default content/_data)
  --includes DIR      the site's includes, for re-rendering a form with errors (default content/_includes)
  --db FILE           the SQLite file (default $HAVEN_SUBMISSIONS_DB or .data/submissions.sqlite)
  --port N            port (default 8080)
  --host ADDRESS      address to listen on (default 127.0.0.1; put a TLS proxy in front for the public)
  --notify-url URL    POST {form, id, receivedAt} there for each submission (never a value), retried
  --max-db-mb N       refuse posts (500, nothing stored) once the database reaches N MiB (default 1024)
  --path-prefix PATH  serve the site under this folder, as built with Eleventy's pathPrefix (e.g. /clinic/)
  -h, --help          this text

SIGTERM or Ctrl+C finishes posts in flight, checkpoints the database and exits.`;
}

/** Reads `haven-receiver`'s options into a setup, or a CommandError; undefined for `--help`. */
export function parseReceiverArgs(argv: string[]): ReceiverSetup | undefined {
  const values = parseCommand(argv, OPTIONS);
  if (!values) return undefined;
  if (!existsSync(path.join(values.site, "index.html"))) {
    throw new CommandError(`${values.site}/ has no built site (no index.html): build it first, or point --site at it.`);
  }
  return {
    siteDir: values.site,
    dataDir: values.data,
    includesDir: values.includes,
    db: values.db ?? defaultDbPath(),
    port: wholeNumber(values.port, "port", 0),
    host: values.host,
    notifyUrl: values["notify-url"] === undefined ? undefined : webhook(values["notify-url"]),
    maxDbBytes: wholeNumber(values["max-db-mb"], "max-db-mb") * 1024 * 1024,
    pathPrefix: values["path-prefix"],
  };
}

function webhook(text: string): string {
  const url = URL.canParse(text) ? new URL(text) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) throw new CommandError(`--notify-url must be an http(s) URL, not "${text}".`, 2);
  return url.href;
}


/**
 * The `haven-receiver` command (and `npm run preview`): parses `argv`, starts, and stops cleanly on
 * SIGTERM or SIGINT. Errors a site owner can fix print one line and set a non-zero exit code.
 */
export async function receiverCommand(argv: string[], name: string): Promise<void> {
  await runCommand(name, async () => {
    const setup = parseReceiverArgs(argv);
    if (!setup) return console.log(receiverHelp(name));
    const running = await startReceiverServer(setup);
    console.log(`${name}: serving ${setup.siteDir}/ on ${running.url}, storing submissions in ${setup.db}. Ctrl+C stops.`);
    const stop = async (signal: string) => {
      console.log(`${name}: ${signal}: finishing posts in flight, then stopping.`);
      await running.stop();
      process.exit(0);
    };
    process.once("SIGTERM", () => void stop("SIGTERM"));
    process.once("SIGINT", () => void stop("SIGINT"));
  }, dataError);
}

/** A site data file that fails to load or validate is the owner's to fix: its message is already a sentence. */
function dataError(error: unknown): string | undefined {
  const { code, message } = error as { code?: string; message?: string };
  if (code === "ERR_UNKNOWN_FILE_EXTENSION") return `${message}: TypeScript data files need tsx installed in the site (npm install tsx).`;
  return error instanceof Error && error.name === "HavenDataError" ? message : undefined;
}
