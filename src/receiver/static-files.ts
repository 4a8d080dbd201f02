import { readFile } from "node:fs/promises";
import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import sirv from "sirv";
import { normalizePathPrefix } from "../urls/site-urls.ts";

/** Serves a built site's files; `next` is unused: every request is answered, a missing page by the site's 404.html with 404. */
export type FileHandler = (req: IncomingMessage, res: ServerResponse) => void;

/**
 * The files of a built site, as a static host serves them (ETag, index.html for folders), under Eleventy's
 * `pathPrefix` (the folder `root` is published as, e.g. `/clinic/`). Range headers are ignored (RFC 9110
 * lets a server send the whole file; sirv mishandles malformed ranges), and a path with no file, or
 * outside the prefix, gets the site's `404.html` with status 404, or a short text when there is none.
 */
export function createFileHandler(root: string, pathPrefix = "/"): FileHandler {
  const prefix = normalizePathPrefix(pathPrefix);
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
    if (!req.url?.startsWith(prefix)) return void notFound(res);
    req.url = req.url.slice(prefix.length - 1);
    files(req, res, () => void notFound(res));
  };
}
