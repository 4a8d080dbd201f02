import { parsePhoneNumberFromString } from "libphonenumber-js";
import { z } from "zod";
import { memoize } from "../memoize.ts";

const SHORT_CODE = /^\d{3,6}$/; // crisis lines such as 988 have no E.164 form

/** A phone number stored in E.164 form (`+17145550123`) or as a short code such as `988`. */
export const phoneSchema = z.string().refine(
  (value) => SHORT_CODE.test(value) || (value.startsWith("+") && !!parsePhoneNumberFromString(value)?.isValid()),
  { error: "Expected a phone number in E.164 form, like +17145550123 (or a short code like 988)" },
);

/**
 * Formats a stored number for display: national form for E.164 numbers, as-is for short codes,
 * with non-breaking spaces. Hyphens stay ASCII: `phone-link.njk` writes them as `&#8209;` (non-breaking),
 * since one character above U+00FF in a page makes V8 store all of it at two bytes per character.
 */
export const formatPhone = memoize((value: string): string => {
  if (SHORT_CODE.test(value)) return value;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed) throw new Error(`Not a phone number: ${value}`);
  return parsed.formatNational().replaceAll(" ", "\u00a0");
});

/** Builds a `tel:` or `sms:` href from a stored number. */
export const phoneHref = memoize((value: string, scheme: "tel" | "sms" = "tel"): string => {
  if (SHORT_CODE.test(value)) return `${scheme}:${value}`;
  const parsed = parsePhoneNumberFromString(value);
  if (!parsed) throw new Error(`Not a phone number: ${value}`);
  return `${scheme}:${parsed.number}`;
});
