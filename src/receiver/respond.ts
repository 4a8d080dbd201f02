import type { IncomingMessage, ServerResponse } from "node:http";
import escapeHtml from "escape-html";

/** True when the client asked for JSON (the browser bundle does); a plain form post gets HTML. */
export function wantsJson(req: IncomingMessage): boolean {
  return /\bapplication\/json\b/.test(req.headers.accept ?? "");
}

// Answers may hold what a visitor typed: never cache them anywhere.
function start(res: ServerResponse, status: number, type: string): void {
  res.statusCode = status;
  res.setHeader("Content-Type", type);
  res.setHeader("Cache-Control", "no-store");
  res.setHeader("X-Content-Type-Options", "nosniff");
}

/** Sends a JSON answer. */
export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  start(res, status, "application/json; charset=utf-8");
  res.end(JSON.stringify(body));
}

/** Sends an HTML page. */
export function sendHtml(res: ServerResponse, status: number, html: string): void {
  start(res, status, "text/html; charset=utf-8");
  res.end(html);
}

/** Sends the visitor on with 303 See Other, so reloading the next page never posts again. */
export function redirect(res: ServerResponse, location: string): void {
  res.statusCode = 303;
  res.setHeader("Location", location);
  res.setHeader("Cache-Control", "no-store");
  res.end();
}

/** Refuses a request in the client's format: `{ ok: false, error, message }` or a short HTML page. */
export function refuse(req: IncomingMessage, res: ServerResponse, status: number, error: string, message: string): void {
  if (wantsJson(req)) return sendJson(res, status, { ok: false, error, message });
  sendHtml(res, status, simplePage("The form could not be sent", `<p>${escapeHtml(message)}</p>`));
}

/** Escapes text for HTML content and attribute values. */
export { escapeHtml };

/** A minimal, valid page (`body` is HTML, `lang` its language, default `en`) for answers that have no page of the site to show. */
export function simplePage(title: string, body: string, lang = "en"): string {
  const head = `<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escapeHtml(title)}</title>`;
  return `<!DOCTYPE html>\n<html lang="${escapeHtml(lang)}">\n<head>\n${head}\n</head>\n<body>\n<main>\n<h1>${escapeHtml(title)}</h1>\n${body}\n</main>\n</body>\n</html>\n`;
}
