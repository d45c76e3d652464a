import { GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestServer, type TestServer } from "../../test/harness.js";
import { createErrorFormatter } from "./errors.js";
import { fromGlobalId, toGlobalId } from "./node.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GATEHOUSE_MAX_QUERY_COST: "300" });
});
afterAll(() => server?.close());

describe("query cost", () => {
  it("reports the cost of every response in extensions.cost", async () => {
    const master = await server.master();
    const res = await master.gql(`{ tenants(first: 10) { nodes { id name } } }`);
    expect(res.extensions?.cost).toEqual({ requestedQueryCost: 11, maximumAvailable: 300 });
  });

  it("refuses an operation over the limit before running it", async () => {
    const master = await server.master();
    const before = server.database.statementCount;
    const res = await master.gql(`{ tenants(first: 100) { nodes { users(first: 100) { nodes { id } } } } }`);
    expect(res.status).toBe(400);
    expect(res.data).toBeUndefined();
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "QUERY_TOO_COSTLY", cost: { requestedQueryCost: 10_201, maximumAvailable: 300 } });
    // Only authentication ran; the query itself did not.
    expect(server.database.statementCount - before).toBeLessThanOrEqual(5);
  });

  it("limits depth and aliases", async () => {
    const master = await server.master();
    const level = (inner: string) => `tenant { users(first: 1) { nodes { ${inner} } } }`;
    const deep = `{ viewer { ${level(level(level(level("id"))))} } }`;
    const depth = await master.gql(deep);
    expect(depth.errors?.[0]?.extensions.code, JSON.stringify(depth.errors)).toBe("QUERY_TOO_COSTLY");
    expect(depth.errors?.[0]?.message).toMatch(/depth/i);
    const aliases = `{ ${Array.from({ length: 25 }, (_, i) => `a${i}: viewer { id }`).join(" ")} }`;
    const many = await master.gql(aliases);
    expect(many.errors?.[0]?.extensions.code).toBe("QUERY_TOO_COSTLY");
    expect(many.errors?.[0]?.message).toMatch(/alias/i);
  });

  it("maps malformed documents to BAD_USER_INPUT", async () => {
    const res = await server.client().gql(`{ viewer { `);
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const unknownField = await server.client().gql(`{ viewer { shoeSize } }`);
    expect(unknownField.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("errors", () => {
  it("hides unexpected errors behind INTERNAL_SERVER_ERROR in production", () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ exposeInternalMessages: false, onInternalError: (e) => logged.push(e) });
    const out = format({ message: 'relation "secret_table" does not exist', extensions: { code: "WHATEVER", stacktrace: ["at x"] } }, new Error("boom"));
    expect(out).toEqual({ message: "Internal server error.", extensions: { code: "INTERNAL_SERVER_ERROR" } });
    expect(logged).toHaveLength(1);
    expect(format({ message: "Tenant not found.", extensions: { code: "NOT_FOUND" } }, null)).toEqual({
      message: "Tenant not found.",
      extensions: { code: "NOT_FOUND" },
    });
  });
});

describe("a transaction that ran into another", () => {
  it("is a CONFLICT to send again, not an internal error: a deadlock or a serialization failure, however wrapped", () => {
    const logged: unknown[] = [];
    const format = createErrorFormatter({ exposeInternalMessages: false, onInternalError: (e) => logged.push(e) });
    const deadlock = Object.assign(new Error("deadlock detected"), { code: "40P01" });
    const wrapped = new GraphQLError("Failed query: update …", { originalError: Object.assign(new Error("Failed query"), { cause: deadlock }) });
    expect(format({ message: "Failed query: update …", path: ["deleteService"] }, wrapped)).toEqual({
      message: "Another change to the same data ran at the same time; nothing was saved. Send the request again.",
      path: ["deleteService"],
      extensions: { code: "CONFLICT" },
    });
    const unique = new GraphQLError("duplicate key", { originalError: Object.assign(new Error("duplicate key"), { code: "23505" }) });
    expect(format({ message: "duplicate key" }, unique).extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(logged).toHaveLength(1);
  });
});

describe("global IDs", () => {
  it("round-trip and reject anything malformed", () => {
    const id = toGlobalId("Tenant", "3f1c1f2e-8f5a-4c2b-9d7e-0a1b2c3d4e5f");
    expect(fromGlobalId(id)).toEqual({ typeName: "Tenant", id: "3f1c1f2e-8f5a-4c2b-9d7e-0a1b2c3d4e5f" });
    expect(fromGlobalId("garbage")).toBeNull();
    expect(fromGlobalId(toGlobalId("Tenant", "1 or 1=1"))).toBeNull();
  });
});
