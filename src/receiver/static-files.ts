import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";

/** Serves a built site's files; `next` is unused: every request is answered, a missing page by the site's 404.html with 404. */
export type FileHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The files of a built site, as a static host serves them (ETag, index.html for folders). Range headers
 * are ignored (RFC 9110 lets a server send the whole file; sirv mishandles malformed ranges), and a
 * path with no file gets the site's `404.html` with status 404, or a short text when there is none.
 */
export function createFileHandler(root: string): FileHandler {
  const files = sirv(root, { dev: true, etag: true });
  const notFound = async (res: ServerResponse) => {
    const page = await readFile(path.join(root, "404.html")).catch(() => undefined);
    res.statusCode = 404;
    res.setHeader("Content-Type", page ? "text/html; charset=utf-8" : "text/plain; charset=utf-8");
    res.end(page ?? "Not found");
  };
  return (req, res) => {
    delete req.headers.range;
    delete req.headers["if-range"];
    files(req, res, () => void notFound(res));
  };
}
