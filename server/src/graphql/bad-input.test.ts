import { createHash } from "node:crypto";
import { randomBytes } from "node:crypto";
import { MAX_EMAIL_LENGTH, MAX_SEARCH_TEXT_LENGTH, MAX_STRING_INPUT_LENGTH } from "@gatehouse/schema/lengths";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../test/factories.js";
import { type GraphQLResponse, startTestServer, type TestServer } from "../../test/harness.js";
import { encodeCursor } from "./connection/cursor.js";

// Inputs that reached PostgreSQL and failed there, or failed in Apollo: each must be a coded refusal.
let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id } userErrors { code } } }`;
const CREATE_TENANT = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id } userErrors { code } } }`;
const SEARCH = `query($search: String) { tenants(filter: { search: $search }) { totalCount } }`;

/** Text that does not compress: PostgreSQL compresses a long repetitive value below an index's limit. */
const incompressible = (length: number) => randomBytes(length).toString("base64url").slice(0, length);

function expectRefused(res: GraphQLResponse, field?: string) {
  expect(res.status, JSON.stringify(res.errors)).toBe(400);
  expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", ...(field ? { field } : {}) });
}

describe("a NUL character in any string input", () => {
  it("is refused before it reaches the database: search filters, names, the login tenant", async () => {
    const master = await server.master();
    expectRefused(await master.gql(SEARCH, { search: "acme\u0000" }), "$search");
    expectRefused(await master.gql(CREATE_TENANT, { input: { name: "Acme\u0000", adminEmail: "a@example.com" } }), "$input.name");
    expectRefused(await server.client().gql(LOGIN, { input: { tenant: "acme\u0000", email: "a@example.com", password: "whatever" } }), "$input.tenant");
  });

  it("is refused in a literal of the document too, with the argument's path", async () => {
    const master = await server.master();
    expectRefused(await master.gql(`{ tenants(filter: { search: "a\\u0000b" }) { totalCount } }`), "filter.search");
    expectRefused(await server.client().gql(`mutation { login(input: { tenant: "\\u0000", email: "a@example.com", password: "x" }) { user { id } } }`), "input.tenant");
  });
});

describe("string lengths", () => {
  it(`refuses any string over ${MAX_STRING_INPUT_LENGTH} characters, whatever the field`, async () => {
    const res = await server.client().gql(LOGIN, { input: { email: "a@example.com", password: "x".repeat(MAX_STRING_INPUT_LENGTH + 1) } });
    expectRefused(res, "$input.password");
  });

  it(`bounds an email to ${MAX_EMAIL_LENGTH} characters at login and in createTenant (a longer one overflowed an index)`, async () => {
    const email = `${incompressible(3000)}@example.com`;
    expectRefused(await server.client().gql(LOGIN, { input: { email, password: "some password" } }));
    const master = await server.master();
    const res = await master.gql(CREATE_TENANT, { input: { name: "Long Email Inc", adminEmail: email } });
    expectRefused(res);
    expect(res.errors?.[0]?.message).toContain(`at most ${MAX_EMAIL_LENGTH} characters`);
    // The longest deliverable address is accepted.
    const longest = `${"a".repeat(64)}@${"b".repeat(61)}.${"c".repeat(61)}.${"d".repeat(61)}.com`;
    expect(longest).toHaveLength(MAX_EMAIL_LENGTH);
    const ok = await master.ok(CREATE_TENANT, { input: { name: "Longest Email Inc", adminEmail: longest, adminPassword: "a long enough password" } });
    expect(ok.createTenant.userErrors).toEqual([]);
  });

  it(`bounds the search text of a listing to ${MAX_SEARCH_TEXT_LENGTH} characters`, async () => {
    const master = await server.master();
    const res = await master.gql(SEARCH, { search: incompressible(MAX_SEARCH_TEXT_LENGTH + 1) });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "filter.search" });
    expect((await master.gql(SEARCH, { search: "a".repeat(MAX_SEARCH_TEXT_LENGTH) })).errors).toBeUndefined();
  });
});

describe("forged cursors", () => {
  it("refuses a date that does not exist (it passed the form check and failed in SQL)", async () => {
    const master = await server.master();
    await createTenant(server);
    const page = await master.ok(`{ tenants(first: 1) { pageInfo { endCursor } } }`);
    const real = JSON.parse(Buffer.from(page.tenants.pageInfo.endCursor, "base64url").toString("utf8"));
    const res = await master.gql(`query($after: String) { tenants(first: 1, after: $after) { totalCount } }`, {
      after: encodeCursor({ ...real, v: "2026-02-30T00:00:00.000Z" }),
    });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: "BAD_USER_INPUT", field: "after" });
  });
});

describe("persisted queries", () => {
  // Automatic persisted queries are off (graphql/apollo.ts): the server must read an operation's document
  // before it runs it. Apollo answers them as its APQ protocol says — HTTP 200 and PersistedQueryNotSupported —
  // so a client's persisted-query link falls back to sending the query; nothing runs.
  it("refuses a persisted query, with or without the query, as the caller's error, and runs nothing", async () => {
    const query = `mutation { createAccessToken(input: { name: "apq", scopes: [BILLING], permission: READ_ONLY }) { token } }`;
    const client = await server.master();
    const cookie = client.cookie!;
    for (const body of [
      { query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } },
      { query, extensions: { persistedQuery: { version: 2, sha256Hash: "0".repeat(64) } } },
      { extensions: { persistedQuery: { version: 1, sha256Hash: createHash("sha256").update(query).digest("hex") } } },
    ]) {
      const res = await fetch(`${server.url}/graphql`, {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify(body),
      });
      const answer = (await res.json()) as { data?: unknown; errors: { message: string; extensions: { code: string } }[] };
      expect(res.status).toBe(200);
      expect(answer.data).toBeUndefined();
      expect(answer.errors[0]).toMatchObject({ message: "PersistedQueryNotSupported", extensions: { code: "BAD_USER_INPUT" } });
    }
    const tokens = await client.ok<{ accessTokens: { totalCount: number } }>(`{ accessTokens { totalCount } }`);
    expect(tokens.accessTokens.totalCount).toBe(0);
  });
});

describe("variables with default values", () => {
  it("a non-null variable left out takes its default (graphql-jit alone would refuse it as an internal error)", async () => {
    const master = await server.master();
    const query = `query($first: Int! = 2, $search: String! = "") { tenants(first: $first, filter: { search: $search }) { nodes { id } } }`;
    const res = await master.gql(query);
    expect(res.errors).toBeUndefined();
    expect((res.data as { tenants: { nodes: unknown[] } }).tenants.nodes.length).toBeLessThanOrEqual(2);
    const given = await master.gql(query, { first: 1 });
    expect((given.data as { tenants: { nodes: unknown[] } }).tenants.nodes).toHaveLength(1);
    const missing = await master.gql(`query($first: Int!) { tenants(first: $first) { nodes { id } } }`);
    expect(missing.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("a date-time outside the years 1 to 9999", () => {
  it("is refused before it reaches the database (PostgreSQL has no year 0), in variables and literals", async () => {
    const master = await server.master();
    const LOG = `query($from: DateTime) { auditLog(first: 1, filter: { from: $from }) { totalCount } }`;
    for (const from of ["0000-01-01T00:00:00Z", "+010000-01-01T00:00:00Z"]) {
      const res = await master.gql(LOG, { from });
      expect(res.status, JSON.stringify(res.errors)).toBe(400);
      expect(res.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    }
    const literal = await master.gql(`{ auditLog(first: 1, filter: { from: "0000-01-01T00:00:00Z" }) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions?.code).toBe("BAD_USER_INPUT");
    expect(literal.errors?.[0]?.message).toContain("between the years 1 and 9999");
    expect((await master.gql(LOG, { from: "0001-01-01T00:00:00Z" })).errors).toBeUndefined();
  });
});
