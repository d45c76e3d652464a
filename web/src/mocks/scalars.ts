import { MAX_EMAIL_LENGTH } from '@gatehouse/schema/lengths';
import { GraphQLError, GraphQLScalarType, Kind } from 'graphql';
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
