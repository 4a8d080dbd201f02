import { connect } from "node:net";
import Database from "better-sqlite3";
import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { startPreview } from "../../src/receiver/preview.ts";
import { postJson, startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

let receiver: TestReceiver;
beforeAll(async () => {
  receiver = await startTestReceiver({ siteDir: inject("exampleSite"), serve: { headersTimeoutMs: 500, requestTimeoutMs: 1000 }, receiver: { busyWaitMs: 3000 } });
});
afterAll(() => receiver.close());

/** Sends raw bytes on one connection; resolves with everything the server sent until it closed the connection (or after `waitMs`). */
function raw(request: string | string[], waitMs = 4000, gapMs = 0, base = receiver.url): Promise<string> {
  const { port } = new URL(base);
  return new Promise((resolve, reject) => {
    const socket = connect(Number(port), "127.0.0.1");
    let answer = "";
    const parts = [request].flat();
    const writeNext = () => {
      if (socket.destroyed || !parts.length) return;
      socket.write(parts.shift()!);
      setTimeout(writeNext, gapMs);
    };
    socket.on("connect", writeNext);
    socket.on("data", (chunk) => (answer += chunk));
    socket.on("close", () => resolve(answer));
    socket.on("error", reject);
    setTimeout(() => socket.destroy(), waitMs);
  });
}
const statusOf = (answer: string) => Number(answer.split(" ")[1]);

describe("no request, however malformed, stops or stalls the server", () => {
  it("answers an unsatisfiable Range with the whole file, and keeps serving", async () => {
    for (const range of ["bytes=50-10", "bytes=-5", "bytes=0-1,3-4", "bytes=999999-", "pages=1-2"]) {
      const answer = await fetch(`${receiver.url}/robots.txt`, { headers: { Range: range } });
      expect([answer.status, (await answer.text()).startsWith("User-agent")], range).toEqual([200, true]);
    }
  });
  it("answers 400 to a request target URL cannot parse", async () => {
    expect(statusOf(await raw("GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n"))).toBe(400);
    expect(statusOf(await raw("POST //[ HTTP/1.1\r\nHost: x\r\nContent-Length: 0\r\nConnection: close\r\n\r\n"))).toBe(400);
    expect((await fetch(`${receiver.url}/robots.txt`)).status).toBe(200);
    const filesOnly = await startPreview(inject("exampleSite"), undefined, { log: () => {} });
    try {
      expect(statusOf(await raw("GET //[ HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n", 4000, 0, filesOnly.url))).toBe(400);
    } finally {
      await filesOnly.close();
    }
  });
  it("answers a missing page with the site's 404 page and status 404", async () => {
    const answer = await fetch(`${receiver.url}/no-such-page/`, { headers: { "Accept-Encoding": "br" } });
    expect(answer.status).toBe(404);
    expect(await answer.text()).toMatch(/<title>[^<]*not found/i);
  });
  it("cuts off a client that drips its headers or its body, and answers others meanwhile", async () => {
    const dripHeaders = raw(["GET / HTTP/1.1\r\n", ..."Host: 127.0.0.1\r\nX-Slow: 1".split("")], 6000, 200);
    const head = "POST /api/forms/book HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 200\r\n\r\n";
    const dripBody = raw([head, ..."{".padEnd(40, " ").split("")], 6000, 200);
    expect((await fetch(`${receiver.url}/robots.txt`)).status).toBe(200);
    const started = Date.now();
    const [headers, body] = await Promise.all([dripHeaders, dripBody]);
    expect(Date.now() - started).toBeLessThan(5000); // closed by the server, not by our 6 s limit
    expect(statusOf(headers)).toBe(408);
    expect(statusOf(body)).toBe(408);
  });
});

describe("a database another process has locked", () => {
  const lock = () => {
    const other = new Database(receiver.dbFile, { timeout: 0 });
    other.exec("BEGIN IMMEDIATE");
    return () => (other.exec("ROLLBACK"), other.close());
  };
  it("delays only the post that needs it: pages keep flowing, and the post is stored once the lock goes", async () => {
    const unlock = lock();
    let settled = false;
    const posting = postJson(`${receiver.url}/api/forms/book`, { name: "Locked Out", email: "ann@example.org" }).finally(() => (settled = true));
    const page = await fetch(`${receiver.url}/contact/`);
    expect([page.status, settled]).toEqual([200, false]);
    unlock();
    expect((await posting).status).toBe(200);
    expect(receiver.store.list({ form: "book" }).map((row) => row.data.name)).toContain("Locked Out");
  });
  it("answers 503 with Retry-After when the lock outlasts the wait, storing nothing", async () => {
    const unlock = lock();
    try {
      const response = await fetch(`${receiver.url}/api/forms/book`, {
        method: "POST",
        body: new URLSearchParams({ name: "Still Locked", email: "ann@example.org" }),
        headers: { Accept: "application/json" },
      });
      expect([response.status, response.headers.get("retry-after"), (await response.json()).error]).toEqual([503, "5", "busy"]);
    } finally {
      unlock();
    }
    expect(receiver.store.list().map((row) => row.data.name)).not.toContain("Still Locked");
  });
});
