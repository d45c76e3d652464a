import { MAX_EMAIL_LENGTH } from "@gatehouse/schema/lengths";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, EmailAddressResolver } from "graphql-scalars";

const dateTime = DateTimeResolver.toConfig();
export const DateTimeScalar = new GraphQLScalarType({
  ...dateTime,
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
