import { describe, expect, it } from "vitest";
import { checkValues, fieldValue, normalizeTel } from "../../src/forms/check.ts";
import { parseForms } from "../../src/forms/data-schema.ts";
import { resolveForm } from "../../src/forms/resolve.ts";
import type { FormId } from "../../src/forms/schema.ts";

const insurers = [{ id: "aetna", name: "Aetna" }, { id: "cigna", name: "Cigna" }];
const rules = (id: FormId) => resolveForm(parseForms(undefined), id, insurers).rules.fields;
const check = (id: FormId, values: Record<string, string>) => checkValues(rules(id), values);
const fieldsIn = (errors: { field: string }[]) => errors.map((e) => e.field);

const insurance = {
  name: "Ann Lee",
  dateOfBirth: "1980-04-28",
  phone: "(714) 555-0199",
  email: "ann@example.org",
  insurer: "aetna",
  memberId: "W123 456-78",
  consent: "yes",
};

describe("the verify-insurance rules", () => {
  it("accept a complete, valid submission, with the group number optional", () => {
    expect(check("verify-insurance", insurance)).toEqual([]);
  });
  it("report every missing required field, in form order, with the definitions' messages", () => {
    expect(check("verify-insurance", {})).toEqual([
      { field: "name", message: "Enter your full name" },
      { field: "dateOfBirth", message: "Enter the date of birth" },
      { field: "phone", message: "Enter your phone number" },
      { field: "email", message: "Enter your e-mail address" },
      { field: "insurer", message: "Choose your insurance company" },
      { field: "memberId", message: "Enter the member ID" },
      { field: "consent", message: "Tick the box to let us check your coverage" },
    ]);
  });
  it("treats whitespace-only values as missing", () => {
    expect(fieldsIn(check("verify-insurance", { ...insurance, name: "   " }))).toEqual(["name"]);
  });
  it("rejects dates that are not real, before 1900 or in the future", () => {
    for (const dateOfBirth of ["1980-02-30", "28/04/1980", "1899-12-31", "2999-01-01", "1980-4-28"]) {
      expect(check("verify-insurance", { ...insurance, dateOfBirth }), dateOfBirth).toEqual([
        { field: "dateOfBirth", message: "Enter a real date of birth, not in the future" },
      ]);
    }
  });
  it("joins a date's day, month and year parts, padding one-digit days and months, by the same rule", () => {
    const { dateOfBirth: _, ...rest } = insurance;
    const parts = (d: string, m: string, y: string) => ({ ...rest, dateOfBirthDay: d, dateOfBirthMonth: m, dateOfBirthYear: y });
    const date = { name: "dateOfBirth", type: "date" as const };
    expect(fieldValue(date, parts("28", "4", "1980"))).toBe("1980-04-28");
    expect(fieldValue(date, parts(" 5 ", "09", "1980"))).toBe("1980-09-05");
    expect(fieldValue(date, { dateOfBirth: "1980-04-28" })).toBe("1980-04-28");
    expect(check("verify-insurance", parts("28", "4", "1980"))).toEqual([]);
    for (const [d, m, y] of [["31", "2", "1980"], ["28", "4", "80"], ["28", "13", "1980"], ["2x", "4", "1980"], ["28", "", "1980"], ["1", "1", "2999"]]) {
      expect(fieldsIn(check("verify-insurance", parts(d, m, y))), `${d}/${m}/${y}`).toEqual(["dateOfBirth"]);
    }
    expect(check("verify-insurance", parts("", "", ""))[0]).toEqual({ field: "dateOfBirth", message: "Enter the date of birth" });
  });
  it("accepts only insurers from the data (and 'other') in the select", () => {
    expect(check("verify-insurance", { ...insurance, insurer: "other" })).toEqual([]);
    expect(fieldsIn(check("verify-insurance", { ...insurance, insurer: "acme" }))).toEqual(["insurer"]);
  });
  it("checks e-mail, phone, member ID pattern and the consent box's value", () => {
    const bad = { ...insurance, email: "ann@", phone: "12", memberId: "W1<script>", consent: "on" };
    expect(fieldsIn(check("verify-insurance", bad))).toEqual(["phone", "email", "memberId", "consent"]);
    expect(fieldsIn(check("verify-insurance", { ...insurance, phone: "1".repeat(16) }))).toEqual(["phone"]);
  });
  it("enforces length limits with the limit in the message", () => {
    expect(check("verify-insurance", { ...insurance, memberId: "A".repeat(41) })).toEqual([
      { field: "memberId", message: "Use 40 characters or fewer" },
    ]);
  });
});

describe("the contact rules", () => {
  const contact = { name: "Ann", contactMethod: "email", email: "ann@example.org", message: "Hello" };
  it("need an e-mail address only when e-mail is the chosen method, a phone number for calls and texts", () => {
    expect(check("contact", contact)).toEqual([]);
    expect(fieldsIn(check("contact", { ...contact, email: "" }))).toEqual(["email"]);
    expect(fieldsIn(check("contact", { ...contact, contactMethod: "text" }))).toEqual(["phone"]);
    expect(check("contact", { ...contact, contactMethod: "phone", email: "", phone: "+1 714 555 0199" })).toEqual([]);
  });
  it("accept a phone number with an extension, in the usual ways of writing one", () => {
    for (const phone of ["(714) 555-0123 ext. 12", "(714) 555-0123 x12", "714-555-0123 extension 12", "+1 714 555 0123;ext=12", "7145550123 #12"]) {
      expect(check("contact", { ...contact, contactMethod: "phone", phone }), phone).toEqual([]);
    }
    for (const phone of ["(714) 555-0123 ext.", "555 x12", "(714) 555-0123 ext. 1234567"]) {
      expect(fieldsIn(check("contact", { ...contact, contactMethod: "phone", phone })), phone).toEqual(["phone"]);
    }
  });
  it("write every extension one way, for storing", () => {
    expect(normalizeTel(" (714) 555-0123 x12 ")).toBe("(714) 555-0123 ext. 12");
    expect(normalizeTel("+1 714 555 0123;ext=12")).toBe("+1 714 555 0123 ext. 12");
    expect(normalizeTel("(714) 555-0123")).toBe("(714) 555-0123");
  });
  it("accept only the defined contact methods", () => {
    expect(fieldsIn(check("contact", { ...contact, contactMethod: "pigeon" }))).toEqual(["contactMethod"]);
  });
});

describe("the book rules", () => {
  it("need a name and a valid e-mail address", () => {
    expect(check("book", { name: "Ann", email: "ann@example.org" })).toEqual([]);
    expect(fieldsIn(check("book", { email: "not an address" }))).toEqual(["name", "email"]);
  });
});
