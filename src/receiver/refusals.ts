import type { IncomingMessage, ServerResponse } from "node:http";
import { fillLabel } from "../templates/fill-label.ts";
import type { LabelKey, Labels } from "../templates/labels.ts";
import { languageOf } from "./answer-language.ts";
import { escapeHtml, sendHtml, sendJson, simplePage, wantsJson } from "./respond.ts";

/** The label that tells a visitor each refusal, by its stable `error` code (which stays English in JSON). */
const REFUSAL_LABELS: Record<string, LabelKey> = {
  not_found: "receiverNotFound",
  unknown_form: "receiverUnknownForm",
  method_not_allowed: "receiverMethodNotAllowed",
  unsupported_media_type: "receiverUnsupportedType",
  payload_too_large: "receiverTooLarge",
  bad_body: "receiverBadBody",
  bad_request: "receiverBadRequest",
  busy: "receiverBusy",
  server_error: "receiverServerError",
};

/** A refusal's sentence in `labels`' language, `{name}`s filled from `values`; an unknown code gets the server-error sentence. */
export function refusalText(code: string, labels: Labels, values: Record<string, string | number> = {}): string {
  return fillLabel(labels[REFUSAL_LABELS[code] ?? "receiverServerError"], values);
}

/**
 * The language a request is answered in before its body is read: the form action's `?lang=` (the page's language,
 * set by the form partial) when Haven has labels for it, else undefined (the default language).
 */
export function requestLanguage(url: string | undefined, labelsFor: (lang: string) => Labels): string | undefined {
  try {
    return languageOf(new URL(url ?? "/", "http://receiver").searchParams.get("lang") ?? undefined, labelsFor);
  } catch {
    return undefined; // an unparsable target is refused as a bad request, in the default language
  }
}

/** Refuses a request in the client's format and `lang` (a tag Haven has labels for): `{ ok: false, error, message }`, or a short HTML page. */
export type Refuse = (req: IncomingMessage, res: ServerResponse, lang: string, status: number, code: string, values?: Record<string, string | number>) => void;

/** Creates the receiver's refusals, worded from one plugin instance's labels. */
export function createRefuse(labelsFor: (lang: string) => Labels): Refuse {
  return (req, res, lang, status, code, values) => {
    const labels = labelsFor(lang);
    const message = refusalText(code, labels, values);
    if (wantsJson(req)) return sendJson(res, status, { ok: false, error: code, message });
    sendHtml(res, status, simplePage(labels.receiverNotSent, `<p>${escapeHtml(message)}</p>`, lang));
  };
}
