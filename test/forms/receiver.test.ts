import { mkdir, mkdtemp, writeFile } from "node:fs/promises";
import { request } from "node:http";
import { tmpdir } from "node:os";
import path from "node:path";
import { parse } from "node-html-parser";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { startTestReceiver, type TestReceiver } from "../helpers/receiver.ts";
import { fieldId, formIds } from "../../src/templates/ids.ts";

let receiver: TestReceiver;
let receiverWithPages: TestReceiver;

beforeAll(async () => {
  receiver = await startTestReceiver();
  receiverWithPages = await startTestReceiver(inject("exampleSite"));
});
afterAll(async () => {
  await receiver.close();
  await receiverWithPages.close();
});
beforeEach(() => {
  receiver.logs.length = 0;
});

const book = { name: "Ann Lee", email: "ann@example.org", _gotcha: "", _page: "/articles/understanding-ketamine-therapy/" };
const json = { "Content-Type": "application/json", Accept: "application/json" };
const formEncoded = { "Content-Type": "application/x-www-form-urlencoded" };

/** Posts to a form's action and reads the answer without following redirects. */
async function post(path: string, body: string, headers: Record<string, string>, base = receiver.url) {
  const response = await fetch(base + path, { method: "POST", body, headers, redirect: "manual" });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) };
}
const stored = (form: string, name: string) => receiver.store.list({ form }).filter((row) => row.data.name === name);

describe("the receiver, for the browser bundle (JSON answers)", () => {
  it("stores a valid form-encoded submission with only the form's own fields, trimmed", async () => {
    const answer = await post("/api/forms/book", new URLSearchParams({ ...book, name: " Json Ok ", extra: "x" }).toString(), { ...formEncoded, Accept: "application/json" });
    expect(answer.status).toBe(200);
    expect(answer.json()).toEqual({ ok: true, message: expect.any(String) });
    expect(stored("book", "Json Ok").map((row) => row.data)).toEqual([{ name: "Json Ok", email: "ann@example.org" }]);
  });
  it("stores a phone number's extension written one way", async () => {
    const contact = { name: "Ext Caller", contactMethod: "phone", phone: "(714) 555-0123 x12", message: "Hello" };
    const answer = await post("/api/forms/contact", JSON.stringify(contact), json);
    expect(answer.status).toBe(200);
    expect(stored("contact", "Ext Caller").map((row) => row.data.phone)).toEqual(["(714) 555-0123 ext. 12"]);
  });
  it("accepts JSON bodies too", async () => {
    const answer = await post("/api/forms/book", JSON.stringify({ name: "Via Json", email: "v@example.org" }), json);
    expect(answer.status).toBe(200);
    expect(stored("book", "Via Json")).toHaveLength(1);
  });
  it("answers 400 with every field's error and stores nothing", async () => {
    const before = receiver.store.list().length;
    const answer = await post("/api/forms/verify-insurance", JSON.stringify({ name: "No Rest", dateOfBirth: "2999-01-01" }), json);
    expect(answer.status).toBe(400);
    expect(answer.json().errors.map((e: { field: string }) => e.field)).toEqual(["dateOfBirth", "phone", "email", "insurer", "memberId", "consent"]);
    expect(answer.json().errors[0]).toEqual({ field: "dateOfBirth", message: "Enter a real date of birth, not in the future" });
    expect(receiver.store.list()).toHaveLength(before);
  });
  it("refuses bodies that are not an object of strings, or not JSON at all, with 400", async () => {
    for (const body of ['{"name": 1, "email": "a@b.co"}', "[]", "null", '{"name": "A", "email": {"$ne": ""}}', "{nope"]) {
      const answer = await post("/api/forms/book", body, json);
      expect(answer.status, body).toBe(400);
      expect(answer.json().error, body).toBe("bad_body");
    }
  });
  it("refuses other content types with 415, multipart included", async () => {
    for (const type of ["text/plain", "multipart/form-data; boundary=x", "application/xml"]) {
      const answer = await post("/api/forms/book", "name=A", { "Content-Type": type, Accept: "application/json" });
      expect(answer.status, type).toBe(415);
      expect(answer.json()).toMatchObject({ ok: false, error: "unsupported_media_type" });
    }
  });
  it("refuses an oversized body with 413, whether announced by Content-Length or streamed", async () => {
    const big = JSON.stringify({ ...book, name: "Too Big", message: "x".repeat(40_000) });
    const announced = await post("/api/forms/book", big, json);
    expect(announced.status).toBe(413);
    expect(announced.json()).toMatchObject({ ok: false, error: "payload_too_large" });
    expect(await streamed(big)).toBe(413);
    expect(stored("book", "Too Big")).toHaveLength(0);
  });
  it("answers 413 from the announced length alone, without waiting for (or reading) the body", async () => {
    const url = new URL(`${receiver.url}/api/forms/book`);
    const status = await new Promise<number>((resolve, reject) => {
      const headers = { ...json, "Content-Length": String(10_000_000) };
      const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers, timeout: 2000 }, (res) => resolve(res.statusCode!));
      req.on("timeout", () => reject(new Error("the receiver waited for the body")));
      req.on("error", reject);
      req.flushHeaders(); // headers only: the 10 MB never come
    });
    expect(status).toBe(413);
  });
  it("drops honeypot hits without storing them, answering as if they succeeded", async () => {
    const answer = await post("/api/forms/book", JSON.stringify({ ...book, name: "Spam Bot", _gotcha: "https://spam.example" }), json);
    expect(answer.status).toBe(200);
    expect(stored("book", "Spam Bot")).toHaveLength(0);
    expect(receiver.logs).toEqual(['Haven receiver: dropped a "book" post that filled the anti-spam field']);
  });
  it("answers 404 for an unknown form and 405 for a GET", async () => {
    expect((await post("/api/forms/newsletter", "{}", json)).status).toBe(404);
    const get = await fetch(`${receiver.url}/api/forms/book`, { headers: { Accept: "application/json" } });
    expect([get.status, get.headers.get("allow")]).toEqual([405, "POST"]);
  });
  it("stores the same submission once when it arrives twice (a retry after a lost answer)", async () => {
    const body = JSON.stringify({ ...book, name: "Twice Sent" });
    await post("/api/forms/book", body, json);
    expect((await post("/api/forms/book", body, json)).status).toBe(200);
    expect(stored("book", "Twice Sent")).toHaveLength(1);
  });
  it("answers 500 when storing fails, and never logs what was submitted", async () => {
    receiver.failSaves = 1;
    const answer = await post("/api/forms/book", JSON.stringify({ ...book, name: "Disk Full" }), json);
    expect(answer.status).toBe(500);
    expect(answer.json()).toMatchObject({ ok: false, error: "server_error" });
    expect(receiver.logs.join("\n")).not.toMatch(/Disk Full|ann@example/);
    expect(answer.headers.get("cache-control")).toBe("no-store");
  });
});

describe("the receiver, for plain form posts (no JavaScript)", () => {
  it("redirects a valid post to the thank-you page with 303, putting nothing in the URL", async () => {
    const answer = await post("/api/forms/book", new URLSearchParams({ ...book, name: "No Script" }).toString(), formEncoded);
    expect([answer.status, answer.headers.get("location")]).toEqual([303, "/thank-you/book/"]);
    expect(stored("book", "No Script")).toHaveLength(1);
  });
  it("answers a post with errors with its own page: the form again, values filled in, problems listed first", async () => {
    const body = new URLSearchParams({ ...book, name: "Kept <Name>", email: "not-an-address" }).toString();
    const answer = await post("/api/forms/book", body, formEncoded, receiverWithPages.url);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("<title>Error: Understanding Ketamine Therapy");
    expect(answer.text).toContain(`<div class="error-summary" id="${formIds("book").errors}" tabindex="-1" autofocus>`);
    expect(answer.text).toContain(`<a href="#${fieldId("book", "email")}">Enter an e-mail address like name@example.com</a>`);
    const page = parse(answer.text);
    expect(page.getElementById(fieldId("book", "name"))?.getAttribute("value")).toBe("Kept <Name>");
    expect(page.getElementById(fieldId("book", "email"))?.attributes).toMatchObject({ value: "not-an-address", "aria-invalid": "true", "aria-describedby": `${fieldId("book", "email")}-error` });
    expect(page.getElementById(`${fieldId("book", "email")}-error`)?.text).toBe("Error: Enter an e-mail address like name@example.com");
    expect(answer.text).toContain('class="callout callout-book"'); // the article page around it
    expect(receiverWithPages.store.list()).toHaveLength(0);
  });
  it("falls back to a page of its own when the form's page is unknown", async () => {
    const answer = await post("/api/forms/book", new URLSearchParams({ ...book, email: "", _page: "/../../etc/passwd" }).toString(), formEncoded);
    expect(answer.status).toBe(400);
    expect(answer.text).toContain("<h1>There is a problem</h1>");
    expect(answer.text).toContain('value="Ann Lee"');
  });
  it("never reads a page outside the site folder for the page around the form", async () => {
    // A file outside the site that looks like a page with the form: only a missing guard would show it.
    const root = await mkdtemp(path.join(tmpdir(), "haven-traversal-"));
    await mkdir(path.join(root, "site"));
    await writeFile(path.join(root, "site", "index.html"), "<p>site</p>");
    await writeFile(path.join(root, "secret.html"), `<title>Secret</title><form id="${formIds("book").form}"></form> SECRET-OUTSIDE-SITE`);
    const outside = await startTestReceiver(path.join(root, "site"));
    try {
      for (const page of ["/../secret.html", "/..%2Fsecret.html", "/site/../../secret.html"]) {
        const answer = await post("/api/forms/book", new URLSearchParams({ ...book, email: "", _page: page }).toString(), formEncoded, outside.url);
        expect(answer.status, page).toBe(400);
        expect(answer.text, page).not.toContain("SECRET-OUTSIDE-SITE");
        expect(answer.text, page).toContain("<h1>There is a problem</h1>");
      }
    } finally {
      await outside.close();
    }
  });
  it("refuses control characters (terminal escape sequences) in a name or e-mail with 400, storing nothing", async () => {
    for (const values of [{ name: "x\u001b[2J" }, { email: "ann\u001b[2J@example.org" }, { name: "Ann\u202eeL" }]) {
      const answer = await post("/api/forms/book", JSON.stringify({ ...book, ...values }), json);
      expect(answer.status, JSON.stringify(values)).toBe(400);
    }
    expect(receiver.store.list().filter((row) => /[\u001b\u202e]/.test(Object.values(row.data).join("")))).toEqual([]);
  });
  it("refuses a wrong content type with an HTML page and 415", async () => {
    const answer = await post("/api/forms/contact", "hello", { "Content-Type": "text/plain" });
    expect([answer.status, answer.headers.get("content-type")]).toEqual([415, "text/html; charset=utf-8"]);
  });
});

/** Sends a body in chunks without Content-Length, as a client streaming an upload does; resolves with the status. */
function streamed(body: string): Promise<number> {
  const url = new URL(`${receiver.url}/api/forms/book`);
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: url.pathname, method: "POST", headers: json }, (res) => {
      res.resume();
      resolve(res.statusCode!);
    });
    req.on("error", reject);
    for (let i = 0; i < body.length; i += 4096) req.write(body.slice(i, i + 4096));
    req.end();
  });
}
