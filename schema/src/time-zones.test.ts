import { expect, it } from "vitest";
import { canonicalTimeZone, isTimeZone, timeZoneNames } from "./time-zones.js";

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

it("offers every zone it knows, UTC first, each one it accepts", () => {
  const names = timeZoneNames();
  expect(names[0]).toBe("UTC");
  expect(names).toContain("Europe/Madrid");
  expect(names.filter((name) => name === "UTC")).toHaveLength(1);
  expect(names.every(isTimeZone)).toBe(true);
});
