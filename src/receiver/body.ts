import type { IncomingMessage } from "node:http";

/**
 * A request the receiver refuses before looking at its fields: status, a stable code, a sentence for the log, and the
 * values that fill the visitor's sentence (`refusals.ts`, in the page's language), e.g. `{ bytes: 32768 }`.
 */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly values: Record<string, string | number> = {},
  ) {
    super(message);
  }
}

/** The posted fields: text values by name, without prototype, so no name can reach `Object.prototype`. */
export type Values = Record<string, string>;

const FORM = "application/x-www-form-urlencoded";
const JSON_TYPE = "application/json";

/** Reads and parses a form-encoded or JSON body of at most `limit` bytes, or throws a RequestError (415, 413, 400). */
export async function readValues(req: IncomingMessage, limit: number): Promise<Values> {
  const type = (req.headers["content-type"] ?? "").split(";")[0].trim().toLowerCase();
  if (type !== FORM && type !== JSON_TYPE) {
    throw new RequestError(415, "unsupported_media_type", `Send ${FORM} or ${JSON_TYPE}`);
  }
  const text = (await readBody(req, limit)).toString("utf8");
  return type === FORM ? fromForm(text) : fromJson(text);
}

function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const tooLarge = () => new RequestError(413, "payload_too_large", `The body may be at most ${limit} bytes`, { bytes: limit });
  if (Number(req.headers["content-length"]) > limit) return Promise.reject(tooLarge());
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on("data", (chunk: Buffer) => {
      size += chunk.length;
      if (size <= limit) chunks.push(chunk);
      else if (size - chunk.length <= limit) reject(tooLarge()); // once; the rest is discarded as it arrives
    });
    req.on("end", () => resolve(Buffer.concat(chunks)));
    req.on("error", reject);
  });
}

function fromForm(text: string): Values {
  const values: Values = Object.create(null);
  // A repeated name keeps its first value, as URLSearchParams.get() would.
  for (const [name, value] of new URLSearchParams(text)) if (!(name in values)) values[name] = value;
  return values;
}

function fromJson(text: string): Values {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new RequestError(400, "bad_body", "The body is not valid JSON");
  }
  const valid = !!parsed && typeof parsed === "object" && !Array.isArray(parsed) && Object.values(parsed).every((v) => typeof v === "string");
  if (!valid) throw new RequestError(400, "bad_body", "Expected a JSON object whose values are all strings");
  return Object.assign(Object.create(null), parsed);
}
