import { mkdtemp } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { expect, it } from "vitest";
import { bindDevServerToHost } from "../../src/receiver/dev-server-host.ts";

/** Starts the dev server the installed Eleventy uses, as `npm start` does; resolves with the address it bound. */
async function devServerAddress(options: Record<string, unknown>): Promise<string> {
  const fromEleventy = createRequire(createRequire(import.meta.url).resolve("@11ty/eleventy"));
  const DevServer = fromEleventy("@11ty/eleventy-dev-server");
  const logger = { log() {}, info() {}, error() {}, warn() {} };
  const server = DevServer.getServer("haven-test", await mkdtemp(`${tmpdir()}/haven-dev-`), { logger, liveReload: false, ...options });
  server.serve(0);
  await server.ready();
  const { address } = server.server.address() as AddressInfo;
  await server.close();
  return address;
}

it("makes `npm start` listen on 127.0.0.1 unless the site sets another host", async () => {
  bindDevServerToHost();
  expect(await devServerAddress({})).toBe("127.0.0.1");
  expect(await devServerAddress({ host: "localhost" })).toMatch(/^(127\.0\.0\.1|::1)$/);
});
