import { GraphQLScalarType } from 'graphql';
import { DateTimeResolver, EmailAddressResolver } from 'graphql-scalars';

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
