import { MAX_LONG_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from "@gatehouse/schema/lengths";
import { buildSchema, getOperationAST, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { assertStringInputsAllowed } from "./string-inputs.js";

const schema = buildSchema(`
  scalar LongText
  input F { search: String }
  input I { list: [String] }
  input Doc { document: LongText, name: String, nested: [Doc!] }
  type Query { a(s: String, t: [String], filter: F, i: I, d: [ID], text: LongText, doc: Doc): String }
`);

const refusal = (query: string, variables?: Record<string, unknown>) => {
  try {
    const document = parse(query);
    assertStringInputsAllowed(schema, document, getOperationAST(document), variables);
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

  it("refuses an unpaired surrogate, which has no UTF-8 form, except in a LongText document", () => {
    expect(refusal(`query($f: F) { a(filter: $f) }`, { f: { search: "\ud800fuzz" } })?.message).toBe(
      "The variable `$f.search` contains an unpaired surrogate (half of a UTF-16 pair), which is not text.",
    );
    // In a literal, the parser refuses it first.
    expect(refusal(`{ a(s: "x\\udc00") }`)?.message).toMatch(/Invalid Unicode escape sequence/);
    expect(refusal(`query($s: String) { a(s: $s) }`, { s: "a pair is fine: \ud83d\ude00" })).toBeNull();
    expect(refusal(`query($t: LongText) { a(text: $t) }`, { t: "\ud800" })).toBeNull();
  });

  it(`refuses a string longer than ${MAX_STRING_INPUT_LENGTH} characters, in a block string too`, () => {
    const long = "x".repeat(MAX_STRING_INPUT_LENGTH + 1);
    expect(refusal(`{ a(s: """${long}""") }`)?.message).toMatch(/longer than/);
    expect(refusal(`query($s: String) { a(s: $s) }`, { s: long })?.message).toMatch(/longer than/);
    expect(refusal(`query($s: String) { a(s: $s) }`, { s: long.slice(1) })).toBeNull();
  });

  it(`lets a LongText argument be up to ${MAX_LONG_TEXT_LENGTH} characters, and only it`, () => {
    const long = "x".repeat(MAX_STRING_INPUT_LENGTH + 1);
    const tooLong = "x".repeat(MAX_LONG_TEXT_LENGTH + 1);
    expect(refusal(`{ a(text: """${long}""") }`)).toBeNull();
    expect(refusal(`{ a(doc: { document: "${long}" }) }`)).toBeNull();
    expect(refusal(`{ a(doc: { name: "${long}" }) }`)?.extensions.field).toBe("doc.name");
    expect(refusal(`query($d: Doc!) { a(doc: $d) }`, { d: { document: long, nested: [{ document: long }] } })).toBeNull();
    expect(refusal(`query($d: Doc!) { a(doc: $d) }`, { d: { document: long, nested: [{ name: long }] } })?.extensions.field).toBe("$d.nested[0].name");
    expect(refusal(`query($t: LongText) { a(text: $t) }`, { t: tooLong })?.message).toMatch(/longer than 1048576/);
    expect(refusal(`query($t: LongText) { a(text: $t) }`, { t: long, u: long })?.extensions.field).toBe("$u");
    // A variable's declared type counts, not the argument it is passed to (validation refuses a mismatch later).
    expect(refusal(`query($t: String) { a(text: $t) }`, { t: long })?.extensions.field).toBe("$t");
  });

  it("walks variables nested as deep as JSON goes without recursion", () => {
    let deep: unknown = "\u0000";
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(refusal(`query($d: [ID]) { a(d: $d) }`, { d: deep })?.extensions.code).toBe("BAD_USER_INPUT");
  });
});
