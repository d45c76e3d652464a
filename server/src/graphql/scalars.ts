import { GraphQLScalarType } from "graphql";
import { DateTimeResolver, EmailAddressResolver } from "graphql-scalars";

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: "A date-time in ISO 8601, always returned in UTC (e.g. \"2026-01-31T12:00:00.000Z\").",
});
export const EmailAddressScalar = new GraphQLScalarType({
  ...EmailAddressResolver.toConfig(),
  description: "An email address (RFC 5322).",
});

export const scalarsMap = [{ type: Date, scalar: DateTimeScalar }];
