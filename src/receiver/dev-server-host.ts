import { createRequire } from "node:module";

const PATCHED = Symbol.for("haven.devServerHost");

interface DevServerInstance {
  options: { host?: string };
  server: { listen(options: { port: number; host: string }): void };
}

/**
 * Makes Eleventy's dev server (`npm start`) listen on 127.0.0.1, or on the `host` a site sets with
 * `eleventyConfig.setServerOptions({ host })`, instead of every interface: the receiver behind it holds
 * health data, and the dev server has no host option of its own (11ty/dev-server#128). It patches the
 * copy of @11ty/eleventy-dev-server that the site's Eleventy loads, once per process.
 */
export function bindDevServerToHost(): void {
  const require = createRequire(import.meta.url);
  const fromEleventy = createRequire(require.resolve("@11ty/eleventy"));
  const DevServer = fromEleventy("@11ty/eleventy-dev-server") as { prototype: Record<string | symbol, unknown> };
  if (DevServer.prototype[PATCHED]) return;
  DevServer.prototype[PATCHED] = true;
  DevServer.prototype._serverListen = function (this: DevServerInstance, port: number) {
    this.server.listen({ port, host: this.options.host ?? "127.0.0.1" });
  };
}
