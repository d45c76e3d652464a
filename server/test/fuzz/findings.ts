import { ErrorCode } from "../../src/graphql/errors.js";

/**
 * Text that must never reach a caller: stack frames, source paths, SQL and database messages, and
 * JavaScript's own error messages. The generated inputs contain none of these, so an echo of an
 * input cannot trip them.
 */
const LEAKS: [RegExp, string][] = [
  [/\bat (?:async )?[\w$.<>[\] ]+ \([^)]*:\d+:\d+\)/, "a stack frame"],
  [/\bat (?:async )?(?:file:\/\/|\/)\S*:\d+:\d+/, "a stack frame"],
  [/node_modules|\/src\/[\w/.-]+\.ts\b/, "a source path"],
  [/\bselect\b.{0,300}?\bfrom\b|\binsert into\b|\bdelete from\b/s, "SQL"],
  [/\bupdate "?\w+"? set\b/, "SQL"],
  [
    /Failed query|violates|syntax error at or near|duplicate key value|invalid input (?:syntax|value)|value out of range|integer out of range|null value in column|current transaction is aborted|relation "|column "\w+" /,
    "a database message",
  ],
  [/\b(?:TypeError|RangeError|ReferenceError|SyntaxError|AggregateError)\b|Maximum call stack|Cannot read properties|is not a function/, "a JavaScript error"],
];

const publicCodes = new Set<string>(Object.values(ErrorCode).filter((code) => code !== ErrorCode.INTERNAL_SERVER_ERROR));

/** What is wrong with a response, if anything: the fuzz test fails on each of these. */
export function problemsOf(status: number, text: string): string[] {
  const problems: string[] = [];
  if (status >= 500) problems.push(`HTTP ${status}`);
  if (text.includes(ErrorCode.INTERNAL_SERVER_ERROR)) problems.push("INTERNAL_SERVER_ERROR");
  for (const [pattern, what] of LEAKS) {
    const match = pattern.exec(text);
    if (match) problems.push(`${what}: "${match[0]}"`);
  }
  // Node itself answers some malformed requests (a URL too long) with an empty body.
  if (!text) return problems;
  let body: { errors?: { extensions?: { code?: unknown } }[] } | null;
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    return [...problems, "a body that is not JSON"];
  }
  for (const error of body?.errors ?? []) {
    const code = error?.extensions?.code;
    if (typeof code !== "string" || !publicCodes.has(code)) problems.push(`an error coded ${JSON.stringify(code)}`);
  }
  return problems;
}
