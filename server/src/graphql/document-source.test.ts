import { describe, expect, it } from "vitest";
import { definesSubscription, DOCUMENT_BUDGETS, documentBudgetProblem, documentNestingProblem, MAX_DOCUMENT_NESTING } from "./document-source.js";

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

describe("document budgets", () => {
  const { anonymous, authenticated } = DOCUMENT_BUDGETS;
  it("lets real documents through and counts tokens, not characters", () => {
    expect(documentBudgetProblem("{ viewer { id email } }", anonymous, "x")).toBeNull();
    // Long string arguments are one token each.
    const longString = `{ tenants(filter: { search: "${"a".repeat(anonymous.tokens * 2)}" }) { totalCount } }`;
    expect(documentBudgetProblem(longString, anonymous, "x")).toBeNull();
  });
  it("refuses a document over the token or character budget", () => {
    const manyFields = `{ viewer { ${"id ".repeat(anonymous.tokens)} } }`;
    expect(documentBudgetProblem(manyFields, anonymous, "an anonymous caller")).toMatch(/more than 1000 tokens, the most an anonymous caller/);
    expect(documentBudgetProblem(manyFields, authenticated, "x")).toBeNull();
    const huge = `{ viewer { id } } # ${"x".repeat(authenticated.characters)}`;
    expect(documentBudgetProblem(huge, authenticated, "a signed-in caller")).toMatch(/characters; a signed-in caller may send at most/);
  });
});
