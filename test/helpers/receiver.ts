import { mkdtemp } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import { loadFormsContext } from "../../src/forms/load.ts";
import { createReceiver, type Handler } from "../../src/receiver/handler.ts";
import { THEME_INCLUDES } from "../../src/receiver/middleware.ts";
import { startPreview } from "../../src/receiver/preview.ts";
import { openStore, type SubmissionStore } from "../../src/receiver/store.ts";

/** A receiver under test: its URL, its store (in a temp folder), what it logged, and a switch that fails saves. */
export interface TestReceiver {
  url: string;
  store: SubmissionStore;
  logs: string[];
  /** How many of the next saves throw, as a full disk would: the receiver answers 500. */
  failSaves: number;
  close(): Promise<void>;
}

/** Starts the example site's receiver on an ephemeral 127.0.0.1 port; with `siteDir` it serves that built site too. */
export async function startTestReceiver(siteDir?: string): Promise<TestReceiver> {
  const store = openStore(path.join(await mkdtemp(path.join(tmpdir(), "haven-db-")), "submissions.sqlite"));
  const context = await loadFormsContext("test/fixtures/theme-site/content/_data");
  const test: Partial<TestReceiver> = { store, logs: [], failSaves: 0 };
  const failing: SubmissionStore = {
    ...store,
    save(form, data) {
      if (test.failSaves! > 0 && test.failSaves!--) throw new Error("test: the disk is full");
      return store.save(form, data);
    },
  };
  const handler = createReceiver({
    load: () => context,
    store: failing,
    siteDir,
    templates: [path.resolve("test/fixtures/theme-site/content/_includes"), THEME_INCLUDES],
    log: (line) => test.logs!.push(line),
  });
  const server = siteDir ? await startPreview(siteDir, handler) : await listen(handler);
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
