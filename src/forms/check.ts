/**
 * The one validator of submitted values, shared by the browser bundle and the receiver. It reads plain
 * rule data (see `rules.ts`), never zod, so it stays a few hundred bytes in the bundle.
 */

/** The field types a form definition may use. */
export type FieldType = "text" | "email" | "tel" | "date" | "textarea" | "select" | "radio" | "checkbox";

/** What the validator needs to know about one field, already resolved from its definition. */
export interface FieldRule {
  name: string;
  /** The element id the error summary links to. */
  id: string;
  type: FieldType;
  required?: boolean;
  /** Required only while another field has one of these values (e.g. a phone number when "call me" is chosen). */
  requiredWhen?: { field: string; values: string[] };
  maxLength?: number;
  /** A regular expression the whole value must match. */
  pattern?: string;
  /** Dates only: the date may not be after today (a date of birth). */
  past?: boolean;
  /** The allowed values of a select or radio group. */
  options?: string[];
  /** URL query parameter that preselects the value (`?insurer=aetna`). */
  param?: string;
  messages: { required: string; invalid: string; tooLong: string };
}

/** One field's problem, as both the client and the receiver report it. */
export interface FieldError {
  field: string;
  message: string;
}

/** The value a checked checkbox sends. */
export const CHECKED = "yes";

const EMAIL = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;
const TEL = /^\+?[\d\s().-]+$/;
// An extension at the end: "ext. 12", "extension 12", "x12", "#12" or RFC 3966's ";ext=12".
const EXTENSION = /\s*(?:;\s*ext=|extension|ext\.?|x|#)\s*(\d{1,6})$/i;

/** A visitor's phone number with any extension written one way: "(714) 555-0123 x12" → "(714) 555-0123 ext. 12". */
export function normalizeTel(value: string): string {
  const trimmed = value.trim();
  const ext = EXTENSION.exec(trimmed);
  return ext ? `${trimmed.slice(0, ext.index)} ext. ${ext[1]}` : trimmed;
}

/** A valid phone number: 7 to 15 digits, with an area code, optionally followed by an extension. */
function isTel(value: string): boolean {
  const number = value.replace(EXTENSION, "");
  return TEL.test(number) && /^\d{7,15}$/.test(number.replace(/\D/g, ""));
}
// Control characters (escape sequences, NUL, bidi overrides) are never what a person typed; a textarea keeps its line breaks and tabs.
const CONTROL = /[\0-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]/;
const LINE_BREAK = /[\t\n\r]/;

/** Checks every field's value (already trimmed or not) and returns one error per invalid field, in form order. */
export function checkValues(fields: FieldRule[], values: Record<string, string | undefined>): FieldError[] {
  const errors: FieldError[] = [];
  for (const field of fields) {
    const message = checkField(field, values);
    if (message) errors.push({ field: field.name, message });
  }
  return errors;
}

/** The suffixes of a date field's three inputs, GOV.UK style: `dateOfBirth` is typed in `dateOfBirthDay`, `dateOfBirthMonth`, `dateOfBirthYear`. */
export const DATE_PARTS = ["Day", "Month", "Year"] as const;

/**
 * A field's submitted value, trimmed. A date field's three parts are joined as `YYYY-MM-DD` ("28", "4", "1980" →
 * "1980-04-28"); when no part was sent its single value is used, as JSON clients send it. Parts that are not
 * 1–2, 1–2 and 4 digits join unpadded, so the date check rejects them.
 */
export function fieldValue(field: Pick<FieldRule, "name" | "type">, values: Record<string, string | undefined>): string {
  const own = (values[field.name] ?? "").trim();
  if (field.type !== "date") return own;
  const [day, month, year] = DATE_PARTS.map((part) => (values[field.name + part] ?? "").trim());
  if (!day && !month && !year) return own;
  const padded = /^\d{1,2}$/.test(day) && /^\d{1,2}$/.test(month) && /^\d{4}$/.test(year);
  return padded ? `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}` : `${year}-${month}-${day}`;
}

function checkField(field: FieldRule, values: Record<string, string | undefined>): string | undefined {
  const value = fieldValue(field, values);
  if (!value) return isNeeded(field, values) ? field.messages.required : undefined;
  if (field.maxLength && value.length > field.maxLength) return field.messages.tooLong;
  if (CONTROL.test(value) || (field.type !== "textarea" && LINE_BREAK.test(value))) return field.messages.invalid;
  return isValid(field, value) ? undefined : field.messages.invalid;
}

function isNeeded(field: FieldRule, values: Record<string, string | undefined>): boolean {
  const when = field.requiredWhen;
  return !!field.required || (!!when && when.values.includes((values[when.field] ?? "").trim()));
}

function isValid(field: FieldRule, value: string): boolean {
  if (field.pattern && !new RegExp(`^(?:${field.pattern})$`, "u").test(value)) return false;
  switch (field.type) {
    case "email":
      return EMAIL.test(value);
    case "tel":
      return isTel(value);
    case "date":
      return isDate(value, field.past);
    case "select":
    case "radio":
      return !!field.options?.includes(value);
    case "checkbox":
      return value === CHECKED;
    default:
      return true;
  }
}

/** A real calendar date written `1980-04-28` (as `fieldValue` joins the parts), from 1900 on, and not in the future when `past`. */
function isDate(value: string, past?: boolean): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  if (isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value || value < "1900") return false;
  return !past || date.getTime() <= Date.now();
}
