import { mkdtemp } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import path from "node:path";
import Database from "better-sqlite3";
import { afterAll, beforeAll, expect, inject, it } from "vitest";
import type { UserConfig } from "../../src/eleventy-types.ts";
import { devServerMiddleware } from "../../src/receiver/middleware.ts";

let server: Server;
let url: string;
let db: string;

beforeAll(async () => {
  db = path.join(await mkdtemp(path.join(tmpdir(), "haven-dev-")), "submissions.sqlite");
  const directories = { input: "test/fixtures/theme-site/content", includes: "test/fixtures/theme-site/content/_includes", data: "test/fixtures/theme-site/content/_data", output: inject("exampleSite") };
  const middleware = devServerMiddleware({ directories } as UserConfig, db);
  server = createServer((req, res) => middleware(req, res, () => res.end("the site")));
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

it("lets pages through and stores form posts for `npm start`", async () => {
  expect(await (await fetch(`${url}/contact/`)).text()).toBe("the site");
  const body = new URLSearchParams({ name: "Dev Server", email: "dev@example.org" });
  const answer = await fetch(`${url}/api/forms/book`, { method: "POST", body, redirect: "manual" });
  expect([answer.status, answer.headers.get("location")]).toEqual([303, "/thank-you/book/"]);
  const reader = new Database(db, { readonly: true });
  const rows = reader.prepare("SELECT form, data FROM submissions").all();
  reader.close();
  expect(rows).toEqual([{ form: "book", data: JSON.stringify({ name: "Dev Server", email: "dev@example.org" }) }]);
});

it("answers a GET to a form's endpoint with 405 and Allow: POST, as preview does", async () => {
  const answer = await fetch(`${url}/api/forms/contact`);
  expect([answer.status, answer.headers.get("allow")]).toEqual([405, "POST"]);
  expect(await (await fetch(`${url}/api/other`)).text()).toBe("the site");
});
