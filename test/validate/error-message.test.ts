import { describe, expect, it } from "vitest";
import { errorMessage } from "../../src/validate/error-message.ts";

describe("errorMessage", () => {
  it("gives an Error's message without its name or stack", () => {
    expect(errorMessage(new TypeError("no such file"))).toBe("no such file");
  });
  it("gives any other thrown value as a string, as a rejected promise may carry one", () => {
    expect(errorMessage("Pagefind backend closed")).toBe("Pagefind backend closed");
    expect(errorMessage(undefined)).toBe("undefined");
  });
});
