import { MAX_STRING_INPUT_LENGTH } from "@gatehouse/schema/lengths";
import { parse } from "graphql";
import { describe, expect, it } from "vitest";
import { assertStringInputsAllowed } from "./string-inputs.js";

const refusal = (query: string, variables?: Record<string, unknown>) => {
  try {
    assertStringInputsAllowed(parse(query), variables);
  } catch (error) {
    return error as { message: string; extensions: Record<string, unknown> };
  }
  return null;
};

describe("string inputs", () => {
  it("names the argument or variable that holds a NUL", () => {
    expect(refusal(`{ a(filter: { search: "x\\u0000" }) }`)?.extensions).toEqual({ code: "BAD_USER_INPUT", field: "filter.search" });
    expect(refusal(`query($s: String = "\\u0000") { a(s: $s) }`)?.extensions.field).toBe("$s");
    expect(refusal(`query($i: I) { a(i: $i) }`, { i: { list: ["ok", "n\u0000"] } })?.extensions.field).toBe("$i.list[1]");
    expect(refusal(`{ a(s: "fine", t: ["also fine"]) }`, { unused: 1, other: ["fine", { x: null }] })).toBeNull();
  });

  it(`refuses a string longer than ${MAX_STRING_INPUT_LENGTH} characters, in a block string too`, () => {
    const long = "x".repeat(MAX_STRING_INPUT_LENGTH + 1);
    expect(refusal(`{ a(s: """${long}""") }`)?.message).toMatch(/longer than/);
    expect(refusal(`query($s: String) { a(s: $s) }`, { s: long })?.message).toMatch(/longer than/);
    expect(refusal(`query($s: String) { a(s: $s) }`, { s: long.slice(1) })).toBeNull();
  });

  it("walks variables nested as deep as JSON goes without recursion", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal(`query($d: [ID]) { a(d: $d) }`, { d: deep })?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
