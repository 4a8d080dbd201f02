import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { constants } from "node:zlib";
import compression from "compression";
import type { Handler } from "./handler.ts";
import { refuse } from "./respond.ts";
import { createFileHandler } from "./static-files.ts";
import { errorMessage } from "../validate/error-message.ts";

/** A running server. */
export interface Preview {
  url: string;
  /** Stops accepting connections, lets requests in flight finish (at most `graceMs`, default 10 s), then closes. */
  close(graceMs?: number): Promise<void>;
}

/** Where and how the server listens; times in milliseconds. */
export interface ServeOptions {
  /** Default 0: any free port. */
  port?: number;
  /** Default 127.0.0.1: the receiver handles health data; only a deliberate choice exposes it. */
  host?: string;
  /** Time to receive a request's headers (default 5 s) and its whole body (default 10 s): slow clients are cut off. */
  headersTimeoutMs?: number;
  requestTimeoutMs?: number;
  /** Brotli quality for compressed answers (default 5; see docs/reference.md for the measurements). */
  brotliQuality?: number;
  /** Receives one line per failure; never a request body. */
  log?: (line: string) => void;
  /** The folder the site is published under (Eleventy's `pathPrefix`, e.g. `/clinic/`; default `/`). */
  pathPrefix?: string;
}

/**
 * Serves a built site as a real host would (brotli or gzip), with the receiver, when given, in front:
 * form posts go to it, everything else to the files. Every request is answered, however malformed,
 * and no request can stop the process. Rejects when the port cannot be bound (e.g. EADDRINUSE).
 */
export async function startPreview(root: string, receiver?: Handler, options: ServeOptions = {}): Promise<Preview> {
  const { host = "127.0.0.1", headersTimeoutMs = 5000, requestTimeoutMs = 10_000, log = console.error } = options;
  const files = createFileHandler(root, options.pathPrefix);
  const compress = compression({ brotli: { params: { [constants.BROTLI_PARAM_QUALITY]: options.brotliQuality ?? 5 } } });
  const handle = (req: IncomingMessage, res: ServerResponse) => {
    if (!hasValidTarget(req)) return refuse(req, res, 400, "bad_request", "The request's target is not a valid path");
    const serveFiles = () => files(req, res);
    compress(req as never, res as never, () => (receiver ? receiver(req, res, serveFiles).catch(onError(req, res, log)) : serveFiles()));
  };
  const server = createServer({
    headersTimeout: headersTimeoutMs,
    requestTimeout: requestTimeoutMs,
    connectionsCheckingInterval: Math.min(1000, headersTimeoutMs / 2),
  });
  server.on("request", (req: IncomingMessage, res: ServerResponse) => {
    res.on("error", () => res.destroy());
    try {
      handle(req, res);
    } catch (error) {
      onError(req, res, log)(error);
    }
  });
  await listen(server, options.port ?? 0, host);
  const { port } = server.address() as AddressInfo;
  return { url: `http://${host.includes(":") ? `[${host}]` : host}:${port}`, close: (graceMs) => shutDown(server, graceMs) };
}

/** A request target the server can route: an origin-form path that WHATWG URL parses (`//[` does not). */
function hasValidTarget(req: IncomingMessage): boolean {
  if (!req.url?.startsWith("/")) return false;
  try {
    new URL(req.url, "http://host");
    return true;
  } catch {
    return false;
  }
}

/** Answers an unexpected error with 500 when nothing was sent yet, else cuts the connection; logs the message only. */
function onError(req: IncomingMessage, res: ServerResponse, log: (line: string) => void) {
  return (error: unknown) => {
    log(`Haven server: ${req.method} failed: ${errorMessage(error)}`);
    if (res.headersSent) return void res.destroy();
    refuse(req, res, 500, "server_error", "Something went wrong on our side. Please try again.");
  };
}

function listen(server: Server, port: number, host: string): Promise<void> {
  return new Promise((resolve, reject) => {
    server.once("error", reject);
    server.listen(port, host, () => {
      server.off("error", reject);
      resolve();
    });
  });
}

function shutDown(server: Server, graceMs = 10_000): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    // Keep-alive sockets would hold close() open: close each as soon as its request in flight is answered.
    const sweep = setInterval(() => server.closeIdleConnections(), 50);
    server.close(() => {
      clearTimeout(force);
      clearInterval(sweep);
      resolve();
    });
  });
}
