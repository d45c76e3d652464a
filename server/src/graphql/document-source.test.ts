import { describe, expect, it } from "vitest";
import { definesSubscription, documentNestingProblem, MAX_DOCUMENT_NESTING } from "./document-source.js";

const nested = (depth: number) => `{ nodes(ids: ${"[".repeat(depth)}"x"${"]".repeat(depth)}) { id } }`;

describe("document nesting", () => {
  it(`allows up to ${MAX_DOCUMENT_NESTING} levels of brackets of any kind, and refuses more before parsing`, () => {
    // `{`, `(` and the lists: the list nested MAX - 2 deep is at the limit.
    expect(documentNestingProblem(nested(MAX_DOCUMENT_NESTING - 2))).toBeNull();
    expect(documentNestingProblem(nested(MAX_DOCUMENT_NESTING - 1))).toMatch(/deeper than/);
    expect(documentNestingProblem(nested(5000))).toMatch(/deeper than/);
    expect(documentNestingProblem(`{ a ${"{ a ".repeat(MAX_DOCUMENT_NESTING)}${"}".repeat(MAX_DOCUMENT_NESTING)} }`)).toMatch(/deeper than/);
  });

  it("does not count brackets in strings, block strings or comments, and leaves syntax errors to the parser", () => {
    const many = "[{(".repeat(200);
    expect(documentNestingProblem(`# ${many}\n{ a(b: "${many}", c: """${many}""") }`)).toBeNull();
    expect(documentNestingProblem(`? ${"[".repeat(200)}`)).toBeNull();
  });
});

describe("subscriptions in a document", () => {
  it("are found at the start of a definition only", () => {
    expect(definesSubscription("subscription { heartbeat { at } }")).toBe(true);
    expect(definesSubscription("query A { a } subscription B { b }")).toBe(true);
    expect(definesSubscription("query subscription { a }")).toBe(false);
    expect(definesSubscription('{ a(s: "subscription") } # subscription')).toBe(false);
    expect(definesSubscription("fragment subscription on Query { a }")).toBe(false);
  });
});
