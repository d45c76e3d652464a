import { expect, it } from "vitest";
import { canonicalTimeZone, isTimeZone } from "./time-zones.js";

it("knows IANA time zones and UTC, in any case, and gives their canonical spelling", () => {
  expect(isTimeZone("Europe/Madrid")).toBe(true);
  expect(isTimeZone("UTC")).toBe(true);
  expect(canonicalTimeZone("europe/madrid")).toBe("Europe/Madrid");
  expect(canonicalTimeZone("America/New_York")).toBe("America/New_York");
  for (const bad of ["", "Mars/Olympus", "GMT+25", "x".repeat(65)]) {
    expect(isTimeZone(bad)).toBe(false);
    expect(canonicalTimeZone(bad)).toBeNull();
  }
});
