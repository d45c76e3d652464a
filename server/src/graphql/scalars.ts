import { dateTimeYearProblem, MAX_EMAIL_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from "@gatehouse/schema/lengths";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, EmailAddressResolver } from "graphql-scalars";

const dateTime = DateTimeResolver.toConfig();
/** A date-time input as graphql-scalars reads it, within the years PostgreSQL stores. */
function inYearRange(date: Date): Date {
  const problem = dateTimeYearProblem(date);
  if (problem) throw new GraphQLError(problem);
  return date;
}
export const DateTimeScalar = new GraphQLScalarType({
  ...dateTime,
  parseValue: (value) => inYearRange(dateTime.parseValue!(value) as Date),
  parseLiteral: (ast, variables) => inYearRange(dateTime.parseLiteral!(ast, variables) as Date),
  description: "A date-time in ISO 8601, always returned in UTC (e.g. \"2026-01-31T12:00:00.000Z\").",
  // graphql-scalars checks the value and answers a Date, which JSON.stringify would turn into this same
  // string through Date#toJSON — at twice the cost, for every date of every response.
  serialize: (value) => (dateTime.serialize!(value) as Date).toISOString(),
});

const emailAddress = EmailAddressResolver.toConfig();
/**
 * Checked before the address's form: a longer address cannot be delivered, and an index on an email
 * column refuses a value over 2,704 bytes, so one would otherwise fail in SQL rather than here.
 */
function assertEmailLength(value: unknown): void {
  if (typeof value === "string" && value.length > MAX_EMAIL_LENGTH) {
    throw new GraphQLError(`An email address has at most ${MAX_EMAIL_LENGTH} characters.`);
  }
}
export const EmailAddressScalar = new GraphQLScalarType({
  ...emailAddress,
  description: `An email address (RFC 5322) of at most ${MAX_EMAIL_LENGTH} characters (RFC 5321).`,
  parseValue(value) {
    assertEmailLength(value);
    return emailAddress.parseValue!(value);
  },
  parseLiteral(ast, variables) {
    if (ast.kind === Kind.STRING) assertEmailLength(ast.value);
    return emailAddress.parseLiteral!(ast, variables);
  },
});

export const scalarsMap = [{ type: Date, scalar: DateTimeScalar }];

/** Decimal numbers as the API carries them: a string of digits with an optional sign and fraction. */
const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,10})?$/;
function parseDecimal(value: unknown): string {
  if (typeof value === "string" && DECIMAL_PATTERN.test(value)) return value;
  if (typeof value === "number" && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError('A Decimal is a string such as "12.50" (at most 20 digits before the point and 10 after), or a whole number.');
}
/** Money and prices: exact decimals, never floating point (a JSON number would lose digits). */
export const DecimalScalar = new GraphQLScalarType({
  name: "Decimal",
  description: 'An exact decimal number as a string, e.g. "12.50" or "0.0004". Whole numbers may be sent as JSON numbers.',
  serialize: (value) => (typeof value === "string" ? value : String(value)),
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('A Decimal is a string such as "12.50", or a whole number.');
  },
});

/**
 * A whole document sent as text (an OpenAPI file): longer than any other string argument may be. The
 * check of every input string (graphql/string-inputs.ts) lets a string through up to this bound only
 * where the schema types it LongText; the field itself may bound it more tightly.
 */
export const LongTextScalar = new GraphQLScalarType({
  name: "LongText",
  description: `Text of up to ${MAX_LONG_TEXT_LENGTH.toLocaleString("en")} characters, such as a whole document; other String arguments take at most ${MAX_STRING_INPUT_LENGTH.toLocaleString("en")}.`,
  serialize: (value) => String(value),
  parseValue(value) {
    if (typeof value !== "string") throw new GraphQLError("LongText is a string.");
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError("LongText is a string.");
    return ast.value;
  },
});
