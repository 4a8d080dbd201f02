import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { constants } from "node:zlib";
import compression from "compression";
import sirv from "sirv";

/** A running local server and how to stop it. */
export interface LocalServer {
  url: string;
  close(): Promise<void>;
}

/**
 * Serves a built site on 127.0.0.1 compressed as a real host would (brotli or gzip), answering
 * missing pages with its 404.html and status 404.
 */
export async function serveSite(root: string, port = 0): Promise<LocalServer> {
  const assets = sirv(root, { dev: true });
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } } });
  const server = createServer((req, res) =>
    compress(req as never, res as never, () =>
      assets(req, res, () => {
        res.statusCode = 404;
        req.url = "/404.html";
        assets(req, res, () => void res.end("Not found"));
      }),
    ),
  );
  await new Promise<void>((resolve) => server.listen(port, "127.0.0.1", resolve));
  const { port: actual } = server.address() as AddressInfo;
  return { url: `http://127.0.0.1:${actual}`, close: () => new Promise((resolve) => server.close(() => resolve())) };
}
