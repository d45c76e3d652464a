import { GraphQLObjectType, GraphQLSchema, GraphQLString } from "graphql";
import { describe, expect, it } from "vitest";
import { operationModeOf } from "./operation-mode.js";

/** The shape of the real schema's case: `login` opens its own transaction (`@Access({ ownTransaction: true })`). */
const schema = new GraphQLSchema({
  query: new GraphQLObjectType({ name: "Query", fields: { viewer: { type: GraphQLString } } }),
  mutation: new GraphQLObjectType({
    name: "Mutation",
    fields: {
      login: { type: GraphQLString, extensions: { access: { public: true, alone: true, ownTransaction: true } } },
      logout: { type: GraphQLString, extensions: { access: { public: true } } },
    },
  }),
});

describe("operationModeOf", () => {
  it("runs queries without a transaction, mutations in one, and login in the one it opens itself", () => {
    expect(operationModeOf(schema, `{ viewer }`, null)).toBe("read");
    expect(operationModeOf(schema, `mutation { logout }`, null)).toBe("write");
    expect(operationModeOf(schema, `mutation { login }`, null)).toBe("own");
  });

  it("finds login through fragments, and only when it is the operation's only field", () => {
    expect(operationModeOf(schema, `mutation M { ...F } fragment F on Mutation { login }`, "M")).toBe("own");
    expect(operationModeOf(schema, `mutation { ... on Mutation { login } }`, null)).toBe("own");
    expect(operationModeOf(schema, `mutation { __typename login }`, null)).toBe("own");
    // With another field the access check refuses the operation (login is `alone`): a plain transaction until then.
    expect(operationModeOf(schema, `mutation { login logout }`, null)).toBe("write");
  });

  it("picks the named operation, and reads for anything Apollo will refuse without running it", () => {
    const both = `query Q { viewer } mutation M { logout }`;
    expect(operationModeOf(schema, both, "Q")).toBe("read");
    expect(operationModeOf(schema, both, "M")).toBe("write");
    expect(operationModeOf(schema, both, null)).toBe("read");
    expect(operationModeOf(schema, both, "Nope")).toBe("read");
    expect(operationModeOf(schema, `mutation {`, null)).toBe("read");
  });
});
