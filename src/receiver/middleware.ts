import type { IncomingMessage, ServerResponse } from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { UserConfig } from "../eleventy-types.ts";
import type { Handler } from "./handler.ts";

/** The theme's own partials, for re-rendering a form after the site's. */
export const THEME_INCLUDES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../../includes");

/**
 * Middleware for Eleventy's dev server (`npm start`): form posts reach Haven's receiver, storing in
 * `.data/submissions.sqlite`; every other request goes on to the site. The receiver (and SQLite) loads on the first post.
 */
export function devServerMiddleware(eleventyConfig: UserConfig) {
  let handler: Promise<Handler> | undefined;
  return (req: IncomingMessage, res: ServerResponse, next: () => void): void => {
    if (req.method !== "POST") return next();
    handler ??= startReceiver(eleventyConfig);
    handler.then((receive) => receive(req, res, next)).catch((error: Error) => {
      console.error(`Haven receiver could not start: ${error.message}`);
      res.statusCode = 500;
      res.end();
    });
  };
}

async function startReceiver(eleventyConfig: UserConfig): Promise<Handler> {
  const [{ createReceiver }, { openStore }, { loadFormsContext }] = await Promise.all([
    import("./handler.ts"),
    import("./store.ts"),
    import("../forms/load.ts"),
  ]);
  const { data, includes, layouts, output } = eleventyConfig.directories;
  return createReceiver({
    load: () => loadFormsContext(data),
    store: openStore(),
    siteDir: output,
    templates: [includes, layouts ?? includes, THEME_INCLUDES].map((p) => path.resolve(p)),
    log: (line) => console.log(line),
  });
}
