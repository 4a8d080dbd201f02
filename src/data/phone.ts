import { parsePhoneNumberFromString, type PhoneNumber } from "libphonenumber-js";
import { z } from "zod";

const SHORT_CODE = /^\d{3,6}$/; // crisis lines such as 988 have no E.164 form

/**
 * A phone number in E.164 form (`+17145550123`), optionally with an extension written any way libphonenumber
 * reads (`+17145550123 ext. 45`, `+17145550123;ext=45`), or a short code such as `988`.
 */
export const phoneSchema = z.string().refine((value) => SHORT_CODE.test(value) || (value.startsWith("+") && !!parse(value)?.isValid()), {
  error: "Expected a phone number in E.164 form, like +17145550123 or +17145550123 ext. 45 (or a short code like 988)",
});

function parse(value: string): PhoneNumber | undefined {
  return parsePhoneNumberFromString(value);
}

function parseOrThrow(value: string): PhoneNumber {
  const parsed = parse(value);
  if (!parsed) throw new Error(`Not a phone number: ${value}`);
  return parsed;
}

/**
 * Formats a stored number for display: national form for E.164 numbers ("(714) 555-0123 ext. 45"), as-is
 * for short codes, with non-breaking spaces. Hyphens stay ASCII: `phone-link.njk` writes them as `&#8209;`
 * (non-breaking), since one character above U+00FF in a page makes V8 store all of it at two bytes per character.
 */
export function formatPhone(value: string): string {
  return SHORT_CODE.test(value) ? value : parseOrThrow(value).formatNational().replaceAll(" ", "\u00a0");
}

/**
 * A `tel:` or `sms:` href for a stored number: libphonenumber's RFC 3966 URI for `tel:`
 * (`tel:+17145550123;ext=45`); `sms:` has no extensions (RFC 5724), so the number alone.
 */
export function phoneHref(value: string, scheme: "tel" | "sms" = "tel"): string {
  if (SHORT_CODE.test(value)) return `${scheme}:${value}`;
  const parsed = parseOrThrow(value);
  return scheme === "tel" ? parsed.getURI() : `sms:${parsed.number}`;
}

/** A stored number as structured data gives it: E.164 with the extension shown as on the page (`+17145550123 ext. 45`). */
export function phoneForData(value: string): string {
  if (SHORT_CODE.test(value)) return value;
  const parsed = parseOrThrow(value);
  return parsed.ext ? `${parsed.number} ext. ${parsed.ext}` : parsed.number;
}
