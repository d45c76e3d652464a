import Decimal from "decimal.js";
import { GraphQLError, GraphQLScalarType, Kind } from "graphql";
import { DateTimeResolver, EmailAddressResolver, JSONResolver, URLResolver } from "graphql-scalars";

export { Decimal };

/** Money and rates travel as strings so that no client turns them into floats (DESIGN.md "Data"). */
export const DecimalScalar = new GraphQLScalarType<Decimal, string>({
  name: "Decimal",
  description: "An exact decimal number, serialized as a string (e.g. \"0.0400\"); never a float.",
  serialize(value) {
    if (value instanceof Decimal) return value.toString();
    if (typeof value === "string" || typeof value === "number" || typeof value === "bigint") {
      return new Decimal(value.toString()).toString();
    }
    throw new GraphQLError("Decimal cannot represent a non-numeric value.");
  },
  parseValue(value) {
    return parseDecimal(value);
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING || ast.kind === Kind.INT) return parseDecimal(ast.value);
    throw new GraphQLError("Decimal must be given as a string, e.g. \"12.50\".");
  },
});

function parseDecimal(value: unknown): Decimal {
  if (typeof value !== "string" || !/^-?\d+(\.\d+)?$/.test(value.trim())) {
    throw new GraphQLError("Decimal must be a string of digits with an optional fraction, e.g. \"12.50\".");
  }
  return new Decimal(value.trim());
}

export const DateTimeScalar = new GraphQLScalarType({
  ...DateTimeResolver.toConfig(),
  description: "A date-time in ISO 8601, always returned in UTC (e.g. \"2026-01-31T12:00:00.000Z\").",
});
export const EmailAddressScalar = new GraphQLScalarType({
  ...EmailAddressResolver.toConfig(),
  description: "An email address (RFC 5322).",
});
export const URLScalar = new GraphQLScalarType({ ...URLResolver.toConfig(), description: "An absolute URL." });
export const JSONScalar = new GraphQLScalarType({ ...JSONResolver.toConfig(), description: "Any JSON value." });

export const scalarsMap = [{ type: Date, scalar: DateTimeScalar }];
