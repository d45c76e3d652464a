import { dateTimeYearProblem, MAX_EMAIL_LENGTH, MAX_LONG_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from '@gatehouse/schema/lengths';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';

/**
 * The server's scalars (server/src/graphql/scalars.ts, from graphql-scalars), so the mock refuses the
 * same malformed input with the same messages. The mock holds date-times as ISO strings in UTC, as
 * the server returns them ("2026-01-31T12:00:00.000Z"), rather than Date objects.
 */
const toIso = (value: unknown) => new Date(value as string | Date).toISOString();
/** An input, as the server reads it: within the years PostgreSQL stores. */
function inputIso(value: unknown): string {
  const problem = dateTimeYearProblem(new Date(value as string | Date));
  if (problem) throw new GraphQLError(problem);
  return toIso(value);
}

const dateTime = DateTimeResolver.toConfig();
export const DateTimeScalar = new GraphQLScalarType({
  ...dateTime,
  serialize: (value) => toIso(dateTime.serialize(value)),
  parseValue: (value) => inputIso(dateTime.parseValue?.(value)),
  parseLiteral: (ast, variables) => inputIso(dateTime.parseLiteral?.(ast, variables)),
});

const emailAddress = EmailAddressResolver.toConfig();
/** As on the server, the length is checked before the address's form (a longer one cannot be delivered). */
function assertEmailLength(value: unknown): void {
  if (typeof value === 'string' && value.length > MAX_EMAIL_LENGTH) {
    throw new GraphQLError(`An email address has at most ${MAX_EMAIL_LENGTH} characters.`);
  }
}
export const EmailAddressScalar = new GraphQLScalarType({
  ...emailAddress,
  parseValue(value) {
    assertEmailLength(value);
    return emailAddress.parseValue!(value);
  },
  parseLiteral(ast, variables) {
    if (ast.kind === Kind.STRING) assertEmailLength(ast.value);
    return emailAddress.parseLiteral!(ast, variables);
  },
});

/**
 * The server's Decimal (server/src/graphql/scalars.ts): exact decimals carried as strings — digits with
 * an optional minus and fraction (at most 20 digits before the point and 10 after) — or a whole
 * number sent as a JSON number (safe integers only); anything else is refused with the server's
 * message. Values go out as the strings the store holds ("10.00", "0.0005", "600").
 */
const DECIMAL_PATTERN = /^-?\d{1,20}(\.\d{1,10})?$/;
function parseDecimal(value: unknown): string {
  if (typeof value === 'string' && DECIMAL_PATTERN.test(value)) return value;
  if (typeof value === 'number' && Number.isSafeInteger(value)) return String(value);
  throw new GraphQLError('A Decimal is a string such as "12.50" (at most 20 digits before the point and 10 after), or a whole number.');
}
export const DecimalScalar = new GraphQLScalarType({
  name: 'Decimal',
  serialize: (value) => (typeof value === 'string' ? value : String(value)),
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.kind === Kind.INT ? Number(ast.value) : ast.value);
    throw new GraphQLError('A Decimal is a string such as "12.50", or a whole number.');
  },
});

/**
 * The server's LongText (server/src/graphql/scalars.ts): a whole document sent as text (an OpenAPI
 * file), a string like any other but for its bound — the check of every input string
 * (string-inputs.ts) lets it through up to MAX_LONG_TEXT_LENGTH only where the schema types it
 * LongText; the field itself may bound it more tightly.
 */
export const LongTextScalar = new GraphQLScalarType({
  name: 'LongText',
  description: `Text of up to ${MAX_LONG_TEXT_LENGTH.toLocaleString('en')} characters, such as a whole document; other String arguments take at most ${MAX_STRING_INPUT_LENGTH.toLocaleString('en')}.`,
  serialize: (value) => String(value),
  parseValue(value) {
    if (typeof value !== 'string') throw new GraphQLError('LongText is a string.');
    return value;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new GraphQLError('LongText is a string.');
    return ast.value;
  },
});
