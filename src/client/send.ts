import type { FieldError } from "../forms/check.ts";

/** How sending went: sent, refused with field errors, or failed for a reason the form can name. */
export type Outcome = { ok: true } | { ok: false; reason: "network" | "timeout" | "server" | "rejected"; errors?: FieldError[] };

/**
 * Posts the form's fields form-encoded, asking for JSON, and gives up after `timeoutMs`. Any 2xx is
 * success (Netlify answers HTML); a 4xx with `errors` lists them; nothing goes into the URL.
 */
export async function send(form: HTMLFormElement, timeoutMs: number): Promise<Outcome> {
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    const response = await fetch(form.getAttribute("action")!, {
      method: "POST",
      body: new URLSearchParams(new FormData(form) as unknown as Record<string, string>),
      headers: { Accept: "application/json" },
      signal: controller.signal,
    });
    if (response.ok) return { ok: true };
    if (response.status >= 500) return { ok: false, reason: "server" };
    const body = await response.json().catch(() => ({}));
    return { ok: false, reason: "rejected", errors: Array.isArray(body.errors) && body.errors.length ? body.errors : undefined };
  } catch {
    return { ok: false, reason: controller.signal.aborted ? "timeout" : "network" };
  } finally {
    clearTimeout(timer);
  }
}
