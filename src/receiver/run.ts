import path from "node:path";
import { loadFormsContext } from "../forms/load.ts";
import { CommandError } from "./command-line.ts";
import { createReceiver } from "./handler.ts";
import { THEME_INCLUDES } from "./middleware.ts";
import { createNotifier } from "./notify.ts";
import { startPreview } from "./preview.ts";
import { openStore, type SubmissionStore } from "./store.ts";

/** Everything a receiver server needs, as `haven-receiver` and `npm run preview` read it from their options. */
export interface ReceiverSetup {
  siteDir: string;
  dataDir: string;
  includesDir: string;
  db: string;
  port: number;
  host: string;
  notifyUrl?: string;
  maxDbBytes?: number;
  brotliQuality?: number;
  /** Eleventy's `pathPrefix` the site was built with, e.g. `/clinic/`. */
  pathPrefix?: string;
}

/** A running receiver server. */
export interface RunningReceiver {
  url: string;
  /** Finishes posts in flight (at most `graceMs`), waits briefly for webhook calls, checkpoints and closes the database. */
  stop(graceMs?: number): Promise<void>;
}

/**
 * Opens the database, reads the forms once (restart after editing them) and serves the site with the
 * receiver. Failures a site owner can fix (folder not writable, port taken) are CommandErrors.
 */
export async function startReceiverServer(setup: ReceiverSetup, log: (line: string) => void = console.log): Promise<RunningReceiver> {
  const context = await loadFormsContext(setup.dataDir);
  const store = openWritable(setup.db, setup.maxDbBytes);
  const notifier = setup.notifyUrl ? createNotifier({ url: setup.notifyUrl, log }) : undefined;
  const receiver = createReceiver({
    load: () => context,
    store,
    notify: notifier?.notify,
    siteDir: setup.siteDir,
    templates: [setup.includesDir, THEME_INCLUDES].map((p) => path.resolve(p)),
    pathPrefix: setup.pathPrefix,
    log,
  });
  const server = await startPreview(setup.siteDir, receiver, { port: setup.port, host: setup.host, brotliQuality: setup.brotliQuality, log, pathPrefix: setup.pathPrefix }).catch((error) => {
    store.close();
    throw listenError(error, setup);
  });
  return {
    url: server.url,
    async stop(graceMs) {
      await server.close(graceMs);
      await Promise.race([notifier?.settled(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      store.close();
    },
  };
}

function openWritable(file: string, maxBytes: number | undefined): SubmissionStore {
  try {
    return openStore({ file, maxBytes });
  } catch (error) {
    const { code = "", message } = error as { code?: string; message: string };
    throw new CommandError(`cannot write the submissions database ${file}: ${/EACCES|EPERM|EROFS|READONLY|CANTOPEN/.test(code) ? "its folder or file is not writable" : message} (${code || "error"}).`);
  }
}

function listenError(error: { code?: string; message: string }, setup: ReceiverSetup): Error {
  if (error.code === "EADDRINUSE") return new CommandError(`port ${setup.port} on ${setup.host} is already in use: stop the other server or choose another with --port.`);
  if (error.code === "EACCES") return new CommandError(`not allowed to listen on port ${setup.port} (ports below 1024 need privileges): choose another with --port.`);
  if (error.code === "EADDRNOTAVAIL") return new CommandError(`${setup.host} is not an address of this machine: check --host.`);
  return error as Error;
}
