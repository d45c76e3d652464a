import { describe, expect, it } from "vitest";
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, passwordProblem } from "./password";

describe("passwordProblem", () => {
  it("accepts 10 to 200 characters", () => {
    expect(MIN_PASSWORD_LENGTH).toBe(10);
    expect(MAX_PASSWORD_LENGTH).toBe(200);
    expect(passwordProblem("x".repeat(10))).toBeNull();
    expect(passwordProblem("x".repeat(200))).toBeNull();
    expect(passwordProblem("correct horse battery staple")).toBeNull();
  });

  it("refuses a password outside the bounds, saying which", () => {
    expect(passwordProblem("")).toBe("Use at least 10 characters.");
    expect(passwordProblem("x".repeat(9))).toBe("Use at least 10 characters.");
    expect(passwordProblem("x".repeat(201))).toBe("Use at most 200 characters.");
  });

  it("refuses only spaces, but not a password with spaces around", () => {
    expect(passwordProblem(" ".repeat(12))).toBe("The password cannot be only spaces.");
    expect(passwordProblem("\t \n".repeat(4))).toBe("The password cannot be only spaces.");
    expect(passwordProblem("  pass word  ")).toBeNull();
  });
});
