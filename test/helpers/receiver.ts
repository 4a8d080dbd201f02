import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadFormsContext } from "../../src/forms/load.ts";
import { createReceiver, type Handler, type ReceiverOptions } from "../../src/receiver/handler.ts";
import { THEME_INCLUDES } from "../../src/receiver/middleware.ts";
import { type ServeOptions, startPreview } from "../../src/receiver/preview.ts";
import { openStore, type StoreOptions, type SubmissionStore } from "../../src/receiver/store.ts";

/** A receiver under test: its URL, its store and database file (in a temp folder), what it logged, and a switch that fails saves. */
export interface TestReceiver {
  url: string;
  store: SubmissionStore;
  dbFile: string;
  logs: string[];
  /** How many of the next saves throw before reaching SQLite (for the browser's view of a 500; faults in SQLite itself are tested in test/receiver). */
  failSaves: number;
  close(): Promise<void>;
}

/** What to vary: the built site to serve (else only the receiver answers), store, receiver and server options. */
export interface TestReceiverOptions {
  siteDir?: string;
  store?: Omit<StoreOptions, "file">;
  receiver?: Partial<ReceiverOptions>;
  serve?: ServeOptions;
}

/** Starts the example site's receiver on an ephemeral 127.0.0.1 port; with `siteDir` it serves that built site too. */
export async function startTestReceiver(options: TestReceiverOptions | string = {}): Promise<TestReceiver> {
  const { siteDir, store: storeOptions, receiver, serve } = typeof options === "string" ? { siteDir: options } : options;
  const dbFile = path.join(await mkdtemp(path.join(tmpdir(), "haven-db-")), "submissions.sqlite");
  const store = openStore({ file: dbFile, ...storeOptions });
  const context = await loadFormsContext("test/fixtures/theme-site/content/_data");
  const test: Partial<TestReceiver> = { store, dbFile, logs: [], failSaves: 0 };
  const failing: SubmissionStore = {
    ...store,
    save(form, data, lang) {
      if (test.failSaves! > 0 && test.failSaves!--) throw new Error("test: the disk is full");
      return store.save(form, data, lang);
    },
  };
  const handler = createReceiver({
    load: () => context,
    store: failing,
    siteDir,
    templates: [path.resolve("test/fixtures/theme-site/content/_includes"), THEME_INCLUDES],
    log: (line) => test.logs!.push(line),
    ...receiver,
  });
  const server = siteDir ? await startPreview(siteDir, handler, { log: (line) => test.logs!.push(line), ...serve }) : await listen(handler);
  return Object.assign(test, {
    url: server.url,
    close: async () => {
      await server.close();
      store.close();
    },
  }) as TestReceiver;
}

async function listen(handler: Handler): Promise<{ url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => void handler(req, res));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${port}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}

/** Posts form-encoded values asking for JSON; resolves with the status and parsed body. */
export async function postJson(url: string, values: Record<string, string>): Promise<{ status: number; body: { ok: boolean; error?: string } }> {
  const response = await fetch(url, { method: "POST", body: new URLSearchParams(values), headers: { Accept: "application/json" } });
  return { status: response.status, body: await response.json() };
}
