import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
import { DateTimeResolver, EmailAddressResolver, JSONResolver, URLResolver } from 'graphql-scalars';

/**
 * The server's scalars (server/src/graphql/scalars.ts, from graphql-scalars), so the mock refuses the
 * same malformed input with the same messages. The mock holds date-times as ISO strings in UTC, as
 * the server returns them ("2026-01-31T12:00:00.000Z"), rather than Date objects.
 */
const toIso = (value: unknown) => new Date(value as string | Date).toISOString();

const dateTime = DateTimeResolver.toConfig();
export const DateTimeScalar = new GraphQLScalarType({
  ...dateTime,
  serialize: (value) => toIso(dateTime.serialize(value)),
  parseValue: (value) => toIso(dateTime.parseValue?.(value)),
  parseLiteral: (ast, variables) => toIso(dateTime.parseLiteral?.(ast, variables)),
});

export const EmailAddressScalar = new GraphQLScalarType(EmailAddressResolver.toConfig());
export const URLScalar = new GraphQLScalarType({ ...URLResolver.toConfig(), serialize: (value) => String(URLResolver.serialize(value)) });
export const JSONScalar = new GraphQLScalarType(JSONResolver.toConfig());

function parseDecimal(value: unknown): string {
  if (typeof value !== 'string' || !/^-?\d+(\.\d+)?$/.test(value.trim())) {
    throw new GraphQLError('Decimal must be a string of digits with an optional fraction, e.g. "12.50".');
  }
  return value.trim();
}

/** Money travels as a string of digits, never a float. */
export const DecimalScalar = new GraphQLScalarType<string, string>({
  name: 'Decimal',
  serialize: (value) => parseDecimal(String(value)),
  parseValue: parseDecimal,
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.value);
    throw new GraphQLError('Decimal must be given as a string, e.g. "12.50".');
  },
});
