import { z } from "zod";

// WHATWG autofill field names a health-care form plausibly asks for; a typo such as `emial` fails the build.
const FIELD_NAMES = new Set([
  "off", "on", "name", "honorific-prefix", "given-name", "additional-name", "family-name", "honorific-suffix",
  "nickname", "organization-title", "organization", "street-address", "address-line1", "address-line2",
  "address-line3", "address-level4", "address-level3", "address-level2", "address-level1", "country",
  "country-name", "postal-code", "language", "bday", "bday-day", "bday-month", "bday-year", "sex", "url",
  "tel", "tel-country-code", "tel-national", "tel-area-code", "tel-local", "tel-extension", "email",
]);
const MODIFIERS = new Set(["shipping", "billing", "home", "work", "mobile", "fax", "pager"]);

/** An `autocomplete` attribute value: optional `section-*` and modifiers, then one autofill field name. */
export const autocompleteSchema = z.string().refine(
  (value) => {
    const tokens = value.trim().split(/\s+/).filter((t) => !t.startsWith("section-"));
    const last = tokens.pop();
    return !!last && FIELD_NAMES.has(last) && tokens.every((t) => MODIFIERS.has(t));
  },
  { error: "Expected an autocomplete token such as name, email, tel or bday" },
);
