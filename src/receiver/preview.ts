import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { constants } from "node:zlib";
import compression from "compression";
import sirv from "sirv";
import type { Handler } from "./handler.ts";

/** A running preview server. */
export interface Preview {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 as a real host would (brotli or gzip), with the receiver, when
 * given, in front: form posts go to it, everything else to the files, and a missing page gets the
 * site's 404.html with status 404.
 */
export async function startPreview(root: string, receiver?: Handler, port = 0): Promise<Preview> {
  const files = sirv(root, { dev: true, etag: true });
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } } });
  const notFound = (req: Parameters<Handler>[0], res: Parameters<Handler>[1]) => {
    res.statusCode = 404;
    req.url = "/404.html";
    files(req, res, () => void res.end("Not found"));
  };
  const server = createServer((req, res) => {
    const serveFiles = () => files(req, res, () => notFound(req, res));
    compress(req as never, res as never, () => (receiver ? void receiver(req, res, serveFiles) : serveFiles()));
  });
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${actual}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections(); // keep-alive sockets would hold close() open
      }),
  };
}
