import { setTimeout as sleep } from "node:timers/promises";

/** What staff are told about a stored submission: never a submitted value. */
export interface Notice {
  form: string;
  id: number;
  /** ISO 8601 UTC timestamp. */
  receivedAt: string;
}

/** Where and how notices are sent; times in milliseconds. */
export interface NotifierOptions {
  /** An http(s) URL that receives `POST` with the JSON `{ form, id, receivedAt }`. */
  url: string;
  /** Tries per notice before giving up (default 6), the first pause between them (default 1 s, doubling), and each try's limit (default 5 s). */
  attempts?: number;
  firstDelayMs?: number;
  timeoutMs?: number;
  log?: (line: string) => void;
}

/** Sends notices in the background; `notify` never waits or throws, `settled` resolves when none is in flight. */
export interface Notifier {
  notify(notice: Notice): void;
  settled(): Promise<void>;
}

/** Creates a notifier that posts each notice, retrying failures (network, timeout, non-2xx) with exponential back-off. */
export function createNotifier(options: NotifierOptions): Notifier {
  const { url, attempts = 6, firstDelayMs = 1000, timeoutMs = 5000, log = () => {} } = options;
  const inFlight = new Set<Promise<void>>();
  const deliver = async (notice: Notice) => {
    const body = JSON.stringify({ form: notice.form, id: notice.id, receivedAt: notice.receivedAt });
    for (let attempt = 1; attempt <= attempts; attempt++) {
      const problem = await post(url, body, timeoutMs);
      if (!problem) return;
      if (attempt === attempts) return log(`Haven receiver: gave up telling the webhook about #${notice.id} after ${attempts} tries (${problem})`);
      const pause = firstDelayMs * 2 ** (attempt - 1);
      log(`Haven receiver: the webhook failed for #${notice.id} (${problem}); trying again in ${pause} ms`);
      await sleep(pause);
    }
  };
  return {
    notify(notice) {
      const sending = deliver(notice).finally(() => inFlight.delete(sending));
      inFlight.add(sending);
    },
    settled: async () => void (await Promise.all(inFlight)),
  };
}

/** Posts once; resolves with a short description of the failure, or undefined on a 2xx. */
async function post(url: string, body: string, timeoutMs: number): Promise<string | undefined> {
  try {
    const response = await fetch(url, {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body,
      redirect: "error",
      signal: AbortSignal.timeout(timeoutMs),
    });
    await response.body?.cancel();
    return response.ok ? undefined : `HTTP ${response.status}`;
  } catch (error) {
    return error instanceof Error && error.name === "TimeoutError" ? "timed out" : "could not connect";
  }
}
