import { describe, expect, it } from "vitest";
import { formatPhone, phoneForData, phoneHref, phoneSchema } from "../src/data/phone.ts";

describe("site phone numbers with an extension", () => {
  const written = ["+17145550123 ext. 45", "+17145550123;ext=45", "+1 714 555 0123 x45"];
  it("are accepted in any form libphonenumber reads", () => {
    for (const value of written) expect(phoneSchema.safeParse(value).success, value).toBe(true);
    expect(phoneSchema.safeParse("+1714555 ext").success).toBe(false);
  });
  it("link with RFC 3966's ;ext= and show the extension in the display and the structured data alike", () => {
    for (const value of written) {
      expect(phoneHref(value)).toBe("tel:+17145550123;ext=45");
      expect(formatPhone(value)).toBe("(714)\u00a0555-0123\u00a0ext.\u00a045");
      expect(phoneForData(value)).toBe("+17145550123 ext. 45");
    }
  });
  it("text without the extension, which sms: cannot carry", () => {
    expect(phoneHref("+17145550123 ext. 45", "sms")).toBe("sms:+17145550123");
  });
  it("leave numbers without one as they were", () => {
    expect(phoneHref("+17145550123")).toBe("tel:+17145550123");
    expect(phoneForData("+17145550123")).toBe("+17145550123");
    expect(phoneForData("988")).toBe("988");
  });
});
