import { describe, expect, it } from "vitest";
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, MIN_PAGE_SIZE, pageSizeProblem } from "./pagination";

describe("page sizes", () => {
  it("serves 1 to 250 items a page, 50 by default", () => {
    expect([MIN_PAGE_SIZE, DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE]).toEqual([1, 50, 250]);
    for (const size of [1, 50, 250]) expect(pageSizeProblem("first", size)).toBeNull();
  });

  it("refuses sizes outside the bounds, naming the argument", () => {
    expect(pageSizeProblem("first", 0)).toBe("`first` must be between 1 and 250, got 0.");
    expect(pageSizeProblem("last", 251)).toBe("`last` must be between 1 and 250, got 251.");
    expect(pageSizeProblem("first", -5)).not.toBeNull();
  });

  it("refuses a size that is not a whole number", () => {
    expect(pageSizeProblem("first", 2.5)).toBe("`first` must be between 1 and 250, got 2.5.");
    expect(pageSizeProblem("first", Number.NaN)).not.toBeNull();
  });
});
