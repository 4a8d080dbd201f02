import { setTimeout as sleep } from "node:timers/promises";
import { RequestError } from "./body.ts";

/**
 * Runs a synchronous SQLite write, retrying while another process holds the write lock (SQLITE_BUSY)
 * with growing pauses, for at most `waitMs` (milliseconds). Waiting is asynchronous, so a locked
 * database delays only the post that needs it; past `waitMs` it throws a 503 RequestError.
 */
export async function whenNotBusy<T>(write: () => T, waitMs: number): Promise<T> {
  const giveUp = Date.now() + waitMs;
  for (let pause = 5; ; pause = Math.min(pause * 2, 200)) {
    try {
      return write();
    } catch (error) {
      if (!isBusy(error)) throw error;
      if (Date.now() + pause > giveUp) {
        throw new RequestError(503, "busy", "The form could not be stored just now; nothing was stored. Please try again in a moment.");
      }
      await sleep(pause);
    }
  }
}

function isBusy(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === "string" && (code.startsWith("SQLITE_BUSY") || code.startsWith("SQLITE_LOCKED"));
}
