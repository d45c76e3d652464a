import { Lexer, Source, type Token, TokenKind } from "graphql";

/**
 * Checks of a document's source text, made before it is parsed: Apollo Server parses and validates
 * every document it is given, and for these two it fails with an internal error rather than
 * refusing them (its plugins cannot refuse a request before that).
 */

/**
 * How deep brackets — `{`, `[` and `(` together — may nest in a document. graphql-js parses and
 * validates recursively and runs out of stack at a few thousand levels (a list literal nested 5,000
 * deep in `nodes(ids:)`); real operations stay well under 30 (selections are limited to
 * `maxQueryDepth`, and inputs nest a few levels).
 */
export const MAX_DOCUMENT_NESTING = 100;

const OPENING = new Set<string>([TokenKind.BRACE_L, TokenKind.BRACKET_L, TokenKind.PAREN_L]);
const CLOSING = new Set<string>([TokenKind.BRACE_R, TokenKind.BRACKET_R, TokenKind.PAREN_R]);
const bracketChars = new Set([0x7b, 0x5b, 0x28]); // { [ (

/**
 * How large a document may be before it is parsed, by who sends it. Parsing and validating cost
 * event-loop time in proportion to the tokens, before any access check: an anonymous caller gets a
 * budget that fits login, `viewer` and introspection with room to spare, a signed-in one a budget no
 * real operation of the admin or an integrator comes near. The request body is capped at 1 MB anyway.
 */
export const DOCUMENT_BUDGETS = {
  anonymous: { characters: 16 * 1024, tokens: 1_000 },
  authenticated: { characters: 128 * 1024, tokens: 10_000 },
} as const;

export type DocumentBudget = (typeof DOCUMENT_BUDGETS)[keyof typeof DOCUMENT_BUDGETS];

/** Why the document is over the budget, or null. Stops lexing as soon as the budget is spent. */
export function documentBudgetProblem(source: string, budget: DocumentBudget, who: string): string | null {
  if (source.length > budget.characters) {
    return `The document has ${source.length} characters; ${who} may send at most ${budget.characters}.`;
  }
  // A token takes at least one character: a short document cannot be over the token budget.
  if (source.length <= budget.tokens) return null;
  let tokens = 0;
  const over = forEachToken(source, () => ++tokens > budget.tokens);
  return over ? `The document has more than ${budget.tokens} tokens, the most ${who} may send.` : null;
}

/** Why the document nests too deeply to be parsed, or null. */
export function documentNestingProblem(source: string, max = MAX_DOCUMENT_NESTING): string | null {
  // Nearly every document has fewer brackets in all than the limit, so cannot nest deeper: no lexing.
  let brackets = 0;
  for (let i = 0; i < source.length && brackets <= max; i++) if (bracketChars.has(source.charCodeAt(i))) brackets++;
  if (brackets <= max) return null;
  let depth = 0;
  const deeper = forEachToken(source, (token) => {
    if (OPENING.has(token.kind)) return ++depth > max;
    if (CLOSING.has(token.kind)) depth--;
    return false;
  });
  return deeper ? `The document nests deeper than ${max} levels of brackets.` : null;
}

/**
 * Whether the document defines a subscription operation. Over HTTP, where subscriptions do not run,
 * such a document is refused before validation: graphql-js 16 validates a subscription by
 * evaluating `@include`/`@skip` on its root fields without variables, and throws on `@include(if: $v)`.
 */
export function definesSubscription(source: string): boolean {
  if (!source.includes("subscription")) return false;
  let depth = 0;
  // A definition starts at the top level, at the beginning or after a closing brace.
  let atDefinitionStart = true;
  return forEachToken(source, (token) => {
    if (depth === 0 && atDefinitionStart && token.kind === TokenKind.NAME && token.value === "subscription") return true;
    if (OPENING.has(token.kind)) depth++;
    else if (CLOSING.has(token.kind)) depth--;
    atDefinitionStart = depth === 0 && token.kind === TokenKind.BRACE_R;
    return false;
  });
}

/**
 * Runs `stop` on each token, with graphql-js's own lexer (so brackets and words in strings and
 * comments do not count), until it returns true; false at the end. A source that is not valid
 * GraphQL text ends the walk too: the parser reports where.
 */
function forEachToken(source: string, stop: (token: Token) => boolean): boolean {
  const lexer = new Lexer(new Source(source));
  try {
    for (let token = lexer.advance(); token.kind !== TokenKind.EOF; token = lexer.advance()) if (stop(token)) return true;
  } catch {
    return false;
  }
  return false;
}
