import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { afterEach, expect, it } from "vitest";
import { createNotifier } from "../../src/receiver/notify.ts";
import { postJson, startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";

const cleanups: (() => Promise<void>)[] = [];
afterEach(async () => {
  for (const cleanup of cleanups.splice(0)) await cleanup();
});

/** A staff webhook on 127.0.0.1 that answers each call with `answer(callNumber)`; records the bodies it got. */
async function webhook(answer: (call: number, res: ServerResponse) => void) {
  const bodies: unknown[] = [];
  const server = createServer(async (req: IncomingMessage, res) => {
    let text = "";
    for await (const chunk of req) text += chunk;
    bodies.push(JSON.parse(text));
    answer(bodies.length, res);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  cleanups.push(() => new Promise((resolve) => (server.closeAllConnections(), server.close(() => resolve()))));
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, bodies };
}

async function receiverNotifying(url: string, logs: string[]) {
  const notifier = createNotifier({ url, firstDelayMs: 20, attempts: 3, timeoutMs: 500, log: (line) => logs.push(line) });
  const receiver: TestReceiver = await startTestReceiver({ receiver: { notify: notifier.notify } });
  cleanups.push(() => receiver.close());
  return { receiver, notifier };
}

it("tells the webhook only {form, id, receivedAt}, retrying with back-off until it answers 2xx", async () => {
  const hook = await webhook((call, res) => res.writeHead(call < 3 ? 500 : 204).end());
  const logs: string[] = [];
  const { receiver, notifier } = await receiverNotifying(hook.url, logs);
  const answer = await postJson(`${receiver.url}/api/forms/verify-insurance`, {
    name: "Private Person", dateOfBirth: "1980-04-28", phone: "714 555 0123", email: "p@example.org", insurer: "aetna", memberId: "W123", consent: "yes",
  });
  expect(answer.status).toBe(200);
  await notifier.settled();
  const [row] = receiver.store.list();
  expect(hook.bodies).toEqual(Array(3).fill({ form: "verify-insurance", id: row.id, receivedAt: row.receivedAt }));
  expect(logs.filter((line) => line.includes("trying again"))).toHaveLength(2);
  expect(logs.join("\n")).not.toMatch(/Private|p@example|W123/);
});

it("never holds or fails the visitor's post: a webhook that hangs or is down changes nothing for them", async () => {
  const hook = await webhook(() => {}); // never answers
  const logs: string[] = [];
  const { receiver, notifier } = await receiverNotifying(hook.url, logs);
  let webhookDone = false;
  const answer = await postJson(`${receiver.url}/api/forms/book`, { name: "Hung Hook", email: "h@example.org" });
  void notifier.settled().then(() => (webhookDone = true));
  expect([answer.status, webhookDone]).toEqual([200, false]);
  await notifier.settled();
  expect(logs.at(-1)).toMatch(/gave up telling the webhook about #1 after 3 tries \(timed out\)/);
  const down = await receiverNotifying("http://127.0.0.1:9/unreachable", logs);
  expect((await postJson(`${down.receiver.url}/api/forms/book`, { name: "Down Hook", email: "d@example.org" })).status).toBe(200);
  await down.notifier.settled();
  expect(logs.at(-1)).toMatch(/could not connect/);
});
