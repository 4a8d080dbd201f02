import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "../eleventy-types.ts";
import type { Handler } from "./handler.ts";

/** The theme's own partials, for re-rendering a form after the site's. */
export const THEME_INCLUDES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../includes");

/**
 * Middleware for Eleventy's dev server (`npm start`): form posts, and any request to the form endpoint
 * (a GET gets 405), reach Haven's receiver, storing in `db`; every other request goes on to the site.
 * The receiver (and SQLite) loads on the first such request; forms data is read again on each.
 */
export function devServerMiddleware(eleventyConfig: UserConfig, db: string) {
  let handler: Promise<Handler> | undefined;
  let endpoint = "/api/forms/"; // updated from the site's forms data each time the receiver reads it
  const receives = (req: IncomingMessage) => req.method === "POST" || (req.url ?? "").startsWith(endpoint);
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (!receives(req)) return next();
    handler ??= startReceiver(eleventyConfig, db, (found) => (endpoint = found));
    handler.then((receive) => receive(req, res, next)).catch((error: Error) => {
      console.error(`Haven receiver could not start: ${error.message}`);
      res.statusCode = 500;
      res.end();
    });
  };
}

async function startReceiver(eleventyConfig: UserConfig, db: string, onEndpoint: (endpoint: string) => void): Promise<Handler> {
  const [{ createReceiver, endpointOf }, { openStore }, { loadFormsContext }] = await Promise.all([
    import("./handler.ts"),
    import("./store.ts"),
    import("../forms/load.ts"),
  ]);
  const { data, includes, layouts, output } = eleventyConfig.directories;
  return createReceiver({
    load: async () => {
      const context = await loadFormsContext(data);
      onEndpoint(endpointOf(context.forms));
      return context;
    },
    store: openStore({ file: db }),
    siteDir: output,
    templates: [includes, layouts ?? includes, THEME_INCLUDES].map((p) => path.resolve(p)),
    pathPrefix: eleventyConfig.pathPrefix,
    log: (line) => console.log(line),
  });
}
