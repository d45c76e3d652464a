import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor } from "./cursor.js";

const id = "3f1c1f2e-8f5a-4c2b-9d7e-0a1b2c3d4e5f";
const decode = (v: unknown, sqlType: Parameters<typeof decodeCursor>[3] = "timestamptz") =>
  decodeCursor(encodeCursor({ k: "CREATED_AT", v: v as string, id }), "after", "CREATED_AT", sqlType);

describe("page cursors", () => {
  it("take the instants PostgreSQL takes", () => {
    for (const v of ["2026-02-28T23:59:59Z", "2028-02-29T00:00:00.123456Z", "0001-01-01T00:00:00Z", "9999-12-31T23:59:59.999Z"]) {
      expect(decode(v).v, v).toBe(v);
    }
  });

  it("refuse dates and times that do not exist, which have the right form but fail in SQL", () => {
    for (const v of ["2026-02-30T00:00:00Z", "2026-02-29T00:00:00Z", "2026-13-01T00:00:00Z", "2026-04-31T00:00:00Z", "2026-01-01T24:00:00Z", "2026-01-01T12:60:00Z", "0000-01-01T00:00:00Z"]) {
      expect(() => decode(v), v).toThrow("`after` is not a valid cursor.");
    }
  });

  it("refuse an integer PostgreSQL's integer cannot hold", () => {
    expect(decode(2 ** 31 - 1, "integer").v).toBe(2 ** 31 - 1);
    for (const v of [2 ** 31, 1.5, 1e308]) expect(() => decode(v, "integer"), String(v)).toThrow("not a valid cursor");
  });
});
