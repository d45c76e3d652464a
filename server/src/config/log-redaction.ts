import { stdSerializers } from "pino";

/**
 * Logged errors must not carry what the database was given: password hashes, token HMACs, emails.
 * A failing statement's error holds them in several places — drizzle's DrizzleQueryError has
 * `params` and repeats them in its message (`Failed query: …\nparams: …`, hence in the stack);
 * the driver's error below it (`cause`; a GraphQLError's `originalError`) has `params` (PGlite) or
 * `parameters`/`args` (postgres.js, hidden unless debugging), and PostgreSQL's own `detail` and
 * message quote values (`Key (email)=(…) already exists.`, `invalid input syntax for type uuid: "…"`).
 * So the serialized error keeps the SQL text, the PostgreSQL code and the names of the constraint,
 * table and column, and loses every field that can hold a value and every occurrence of a parameter.
 */
const VALUE_FIELDS = new Set(["params", "parameters", "args", "types", "detail", "where", "internalQuery", "queryOptions", "raw"]);

/** Shorter values are left alone: they cannot be told from ordinary words of a message. */
const MIN_REDACTED_LENGTH = 4;
const REDACTED = "[redacted]";

/** pino serializer for `err`: pino's own, with the statement's values removed. */
export function redactedError(error: unknown): unknown {
  if (!isErrorLike(error)) return error;
  const chain = errorChain(error);
  const parameterLists = chain.flatMap((e) => [e.params, e.parameters, e.args]).filter((p): p is unknown[] => Array.isArray(p));
  const values = [...new Set(parameterLists.flat().flatMap(valueTexts))]
    .filter((v) => v.length >= MIN_REDACTED_LENGTH)
    // Longest first, so a value containing another is removed whole.
    .sort((a, b) => b.length - a.length);
  const scrub = (text: string) => {
    let out = text;
    // drizzle prints the list as `${params}`: drop it whole before looking for single values.
    for (const list of parameterLists) out = out.split(`\nparams: ${String(list)}`).join(`\nparams: ${REDACTED}`);
    for (const value of values) out = out.split(value).join(REDACTED);
    return out;
  };
  const serialized = sanitize(stdSerializers.err(error as Error), scrub) as Record<string, unknown>;
  const database = chain.find((e) => typeof e.code === "string" && /^[0-9A-Z]{5}$/.test(e.code) && "severity" in e);
  if (database) {
    serialized.db = {
      code: database.code,
      constraint: database.constraint ?? database.constraint_name,
      table: database.table ?? database.table_name,
      column: database.column ?? database.column_name,
      routine: database.routine,
    };
  }
  return serialized;
}

type ErrorLike = Error & Record<string, unknown>;

function isErrorLike(value: unknown): value is ErrorLike {
  return value instanceof Error || (typeof value === "object" && value !== null && "message" in value && "stack" in value);
}

/** The error, its causes and the errors a GraphQLError wraps. */
function errorChain(error: ErrorLike): ErrorLike[] {
  const chain: ErrorLike[] = [];
  const visit = (e: unknown) => {
    if (!isErrorLike(e) || chain.includes(e) || chain.length > 20) return;
    chain.push(e);
    visit(e.cause);
    visit(e.originalError);
    if (Array.isArray(e.errors)) e.errors.forEach(visit);
  };
  visit(error);
  return chain;
}

function valueTexts(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Buffer.isBuffer(value)) return [];
  if (Array.isArray(value)) return value.flatMap(valueTexts);
  if (value && typeof value === "object") return [JSON.stringify(value), ...Object.values(value).flatMap(valueTexts)];
  return [];
}

function sanitize(value: unknown, scrub: (text: string) => string, depth = 0): unknown {
  if (typeof value === "string") return scrub(value);
  if (depth > 8 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => sanitize(v, scrub, depth + 1));
  const out: Record<string, unknown> = {};
  for (const [key, v] of Object.entries(value)) {
    if (!VALUE_FIELDS.has(key)) out[key] = sanitize(v, scrub, depth + 1);
  }
  return out;
}
