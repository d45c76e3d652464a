import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { rowIdOf } from "../../graphql/node.js";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";
import { accessTokenState, MAX_ACTIVE_TOKENS_PER_USER } from "./access-token.service.js";
import { ACCESS_TOKEN_PREFIX, generateAccessToken, isAccessTokenFormat } from "../../auth/secret-token.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CREATE = `mutation($input: CreateAccessTokenInput!) { createAccessToken(input: $input) { token accessToken { id name scopes permission prefix state expiresAt owner { email } } userErrors { field code message } } }`;
const REVOKE = `mutation($id: ID!) { revokeAccessToken(input: { id: $id }) { accessToken { id state revokedAt } userErrors { field code } } }`;

describe("token format", () => {
  it("generates gha_ + 43 base64url characters with a recognisable prefix", () => {
    const { token, prefix } = generateAccessToken();
    expect(token).toMatch(/^gha_[A-Za-z0-9_-]{43}$/);
    expect(token.startsWith(prefix)).toBe(true);
    expect(prefix).toHaveLength(ACCESS_TOKEN_PREFIX.length + 6);
    expect(isAccessTokenFormat(token)).toBe(true);
    expect(isAccessTokenFormat(`${token}x`)).toBe(false);
    expect(isAccessTokenFormat(token.replace("gha_", "ghx_"))).toBe(false);
    expect(generateAccessToken().token).not.toBe(token);
  });

  it("derives the state from revocation and expiry", () => {
    const now = new Date("2026-06-01T00:00:00Z");
    expect(accessTokenState({ revokedAt: null, expiresAt: null }, now)).toBe("ACTIVE");
    expect(accessTokenState({ revokedAt: null, expiresAt: new Date("2026-06-02T00:00:00Z") }, now)).toBe("ACTIVE");
    expect(accessTokenState({ revokedAt: null, expiresAt: now }, now)).toBe("EXPIRED");
    expect(accessTokenState({ revokedAt: now, expiresAt: new Date("2020-01-01T00:00:00Z") }, now)).toBe("REVOKED");
  });
});

describe("createAccessToken", () => {
  it("returns the plaintext once and stores only a keyed hash", async () => {
    const { login, admin } = await createTenant(server);
    const client = await login();
    const res = await client.ok(CREATE, { input: { name: "  Deploy bot ", scopes: ["ACCOUNT_MANAGEMENT", "ANALYTICS"], permission: "READ_ONLY" } });
    const { token, accessToken } = res.createAccessToken;
    expect(res.createAccessToken.userErrors).toEqual([]);
    expect(accessToken).toMatchObject({ name: "Deploy bot", scopes: ["ACCOUNT_MANAGEMENT", "ANALYTICS"], permission: "READ_ONLY", state: "ACTIVE", owner: { email: admin.email } });
    expect(token.startsWith(accessToken.prefix)).toBe(true);

    const listed = await client.ok(`{ accessTokens(first: 10) { totalCount nodes { id prefix } } }`);
    expect(listed.accessTokens.nodes).toEqual([{ id: accessToken.id, prefix: accessToken.prefix }]);
    const stored = await server.database.db.execute(sql`select token_hash from access_tokens where prefix = ${accessToken.prefix}`);
    const hashes = JSON.stringify(stored);
    expect(hashes).not.toContain(token);
    expect(hashes).toMatch(/[0-9a-f]{64}/);
  });

  it("reports bad input as coded user errors and creates nothing", async () => {
    const client = await (await createTenant(server)).login();
    const res = await client.ok(CREATE, {
      input: { name: " ", scopes: [], permission: "READ_WRITE", expiresAt: "2001-01-01T00:00:00Z" },
    });
    expect(res.createAccessToken.token).toBeNull();
    expect(res.createAccessToken.userErrors.map((e: { code: string; field: string[] }) => [e.code, e.field.join(".")])).toEqual([
      ["BLANK", "input.name"],
      ["INVALID", "input.scopes"],
      ["EXPIRES_IN_PAST", "input.expiresAt"],
    ]);
    const dup = await client.ok(CREATE, { input: { name: "x", scopes: ["BILLING", "BILLING"], permission: "READ_WRITE" } });
    expect(dup.createAccessToken.userErrors[0].code).toBe("INVALID");
    expect((await client.ok(`{ accessTokens { totalCount } }`)).accessTokens.totalCount).toBe(0);
    const badEnum = await client.gql(CREATE, { input: { name: "x", scopes: ["EVERYTHING"], permission: "READ_WRITE" } });
    expect(badEnum.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });
});

describe("bearer authentication", () => {
  it("authenticates as the owner and refuses a malformed or unknown token", async () => {
    const { login, admin } = await createTenant(server);
    const { token } = await createAccessToken(await login());
    const viaToken = server.client().withToken(token);
    expect((await viaToken.ok(`{ viewer { email } }`)).viewer.email).toBe(admin.email);

    for (const bad of ["not-a-token", `gha_${"A".repeat(43)}`]) {
      const res = await server.client().withToken(bad).gql(`{ viewer { email } tenants { totalCount } }`);
      expect(res.status).toBe(401);
      expect(res.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    }
  });

  it("a read-only token cannot run mutations", async () => {
    const master = await server.master();
    const { token } = await createAccessToken(master, { permission: "READ_ONLY" });
    const ro = server.client().withToken(token);
    expect((await ro.ok(`{ tenants(first: 1) { totalCount } }`)).tenants.totalCount).toBeGreaterThan(0);
    const res = await ro.gql(`mutation { createTenant(input: { name: "Nope", adminEmail: "a@b.test" }) { tenant { id } } }`);
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect(res.errors?.[0]?.message).toMatch(/read-write/);
    const logout = await ro.gql(`mutation { logout { loggedOut } }`);
    expect(logout.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("a token cannot reach other scopes' types through node(id:), but may always read viewer", async () => {
    const { login, admin } = await createTenant(server);
    const session = await login();
    const billing = server.client().withToken((await createAccessToken(session, { scopes: ["BILLING"], permission: "READ_ONLY" })).token);
    const me = await billing.ok(`{ viewer { id email } }`);
    expect(me.viewer.email).toBe(admin.email);
    const viaNode = await billing.gql(`query($id: ID!) { node(id: $id) { ... on User { email tenant { name } } } }`, { id: me.viewer.id });
    expect(viaNode.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const viaViewer = await billing.gql(`{ viewer { tenant { name } } }`);
    expect(viaViewer.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("a token reaches only the fields of its scopes, and cannot manage tokens", async () => {
    const master = await server.master();
    const analytics = server.client().withToken((await createAccessToken(master, { scopes: ["ANALYTICS"] })).token);
    const res = await analytics.gql(`{ tenants(first: 1) { totalCount } }`);
    expect(res.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect(res.errors?.[0]?.message).toMatch(/ACCOUNT_MANAGEMENT/);
    // Nested fields are checked too, not only root fields.
    const nested = await analytics.gql(`{ viewer { tenant { users(first: 1) { totalCount } } } }`);
    expect(nested.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    // ...also through a fragment.
    const viaFragment = await analytics.gql(`query { ...Q } fragment Q on Query { tenants(first: 1) { totalCount } }`);
    expect(viaFragment.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await analytics.ok(`{ viewer { email } }`)).viewer.email).toBeTruthy();

    const full = server.client().withToken((await createAccessToken(master)).token);
    const mint = await full.gql(CREATE, { input: { name: "x", scopes: ["BILLING"], permission: "READ_WRITE" } });
    expect(mint.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });

  it("an expired token is refused", async () => {
    const client = await (await createTenant(server)).login();
    const { token, id } = await createAccessToken(client, { expiresAt: new Date(Date.now() + 60_000).toISOString() });
    const viaToken = server.client().withToken(token);
    expect((await viaToken.ok(`{ viewer { email } }`)).viewer).not.toBeNull();
    await server.database.db.execute(sql`update access_tokens set expires_at = now() - interval '1 second' where id = ${rowIdOf(id, "AccessToken")}`);
    const res = await viaToken.gql(`{ viewer { email } tenants { totalCount } }`);
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/expired/) });
    const states = await client.ok(`{ accessTokens(filter: { states: [EXPIRED] }) { nodes { id state } } }`);
    expect(states.accessTokens.nodes).toEqual([{ id, state: "EXPIRED" }]);
  });
});

describe("revokeAccessToken", () => {
  it("revokes at once, refuses a second revoke, and cannot touch another user's token", async () => {
    const { login, tenant } = await createTenant(server);
    const client = await login();
    const { token, id } = await createAccessToken(client);
    const revoked = await client.ok(REVOKE, { id });
    expect(revoked.revokeAccessToken).toMatchObject({ accessToken: { id, state: "REVOKED" }, userErrors: [] });
    // Even a query of public fields only is refused: a bad token is never silently anonymous.
    const res = await server.client().withToken(token).gql(`{ viewer { email } }`);
    expect(res.status).toBe(401);
    expect(res.data?.viewer).toBeUndefined();
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/revoked/) });
    expect((await client.ok(REVOKE, { id })).revokeAccessToken.userErrors[0].code).toBe("ALREADY_REVOKED");

    const member = await createMember(server, tenant);
    const other = await client.ok(REVOKE, { id: (await createAccessToken(member)).id });
    expect(other.revokeAccessToken.userErrors[0].code).toBe("NOT_FOUND");
    expect((await client.ok(REVOKE, { id: "garbage" })).revokeAccessToken.userErrors[0].code).toBe("NOT_FOUND");
  });

  it("rolls back a request whose mutation fails half-way, and shows none of its results", async () => {
    const client = await (await createTenant(server)).login();
    // `a` succeeds; `b` fails while it runs (a bad cursor deep in its payload): nothing of either is kept.
    const res = await client.gql(
      `mutation($input: CreateAccessTokenInput!) {
        a: createAccessToken(input: $input) { token accessToken { id } }
        b: createAccessToken(input: $input) { accessToken { owner { tenant { users(first: 1, after: "bad") { totalCount } } } } }
      }`,
      { input: { name: "ghost", scopes: ["ACCOUNT_MANAGEMENT"], permission: "READ_WRITE" } },
    );
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(res.data).toBeNull();
    expect(res.extensions?.rolledBack).toBe(true);
    expect((await client.ok(`{ accessTokens { totalCount } }`)).accessTokens.totalCount).toBe(0);
  });
});

describe("members", () => {
  it("can read and manage their own tokens but not write elsewhere", async () => {
    const { tenant } = await createTenant(server);
    const member = await createMember(server, tenant);
    expect((await member.ok(`{ viewer { tenant { users(first: 5) { totalCount } } } }`)).viewer.tenant.users.totalCount).toBe(2);
    await createAccessToken(member, { permission: "READ_WRITE" });
    const res = await member.gql(`mutation { createTenant(input: { name: "x", adminEmail: "x@y.test" }) { tenant { id } } }`);
    expect(res.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });
});

describe("revokeAccessTokens (bulk)", () => {
  const BULK = `mutation($ids: [ID!]!) { revokeAccessTokens(input: { ids: $ids }) { results { id status error { code field message } } userErrors { code field } } }`;

  it("revokes each given token with a result per item; a bad item does not block the others", async () => {
    const { login } = await createTenant(server);
    const client = await login();
    const a = await createAccessToken(client, { name: "a" });
    const b = await createAccessToken(client, { name: "b" });
    const c = await createAccessToken(client, { name: "c" });
    await client.ok(REVOKE, { id: c.id });
    const someoneElses = await createAccessToken(await server.master());
    // A's row id under another type's name: not an access token's global ID.
    const notAToken = Buffer.from(`Tenant:${rowIdOf(a.id, "AccessToken")}`).toString("base64url");

    const res = await client.ok(BULK, { ids: [a.id, c.id, someoneElses.id, a.id, notAToken, b.id] });
    expect(res.revokeAccessTokens.userErrors).toEqual([]);
    expect(res.revokeAccessTokens.results.map((r: { id: string; status: string; error: { code: string } | null }) => [r.id, r.status, r.error?.code ?? null])).toEqual([
      [a.id, "DONE", null],
      [c.id, "FAILED", "ALREADY_REVOKED"],
      [someoneElses.id, "FAILED", "NOT_FOUND"],
      [notAToken, "FAILED", "NOT_FOUND"],
      [b.id, "DONE", null],
    ]);
    const states = await client.ok(`{ accessTokens(first: 10, orderBy: { field: NAME, direction: ASC }) { nodes { name state } } }`);
    expect(states.accessTokens.nodes).toEqual([
      { name: "a", state: "REVOKED" },
      { name: "b", state: "REVOKED" },
      { name: "c", state: "REVOKED" },
    ]);
    // The master's token was not touched.
    expect((await server.client().withToken(someoneElses.token).ok(`{ viewer { email } }`)).viewer.email).toBeTruthy();
  });

  it("refuses an empty or oversized selection with a coded user error", async () => {
    const client = await (await createTenant(server)).login();
    const empty = await client.ok(BULK, { ids: [] });
    expect(empty.revokeAccessTokens.userErrors).toEqual([{ code: "NO_SELECTION", field: ["input", "ids"] }]);
    const many = Array.from({ length: 251 }, (_, i) => Buffer.from(`AccessToken:00000000-0000-4000-8000-${String(i).padStart(12, "0")}`).toString("base64url"));
    const tooMany = await client.ok(BULK, { ids: many });
    expect(tooMany.revokeAccessTokens.userErrors[0].code).toBe("TOO_MANY_IDS");
    expect(tooMany.revokeAccessTokens.results).toEqual([]);
  });

  it("is a personal, session-only mutation like revokeAccessToken", async () => {
    const { login, tenant } = await createTenant(server);
    const { token } = await createAccessToken(await login());
    const viaToken = await server.client().withToken(token).gql(BULK, { ids: [] });
    expect(viaToken.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const member = await createMember(server, tenant);
    const mine = await createAccessToken(member);
    const res = await member.ok(BULK, { ids: [mine.id] });
    expect(res.revokeAccessTokens.results[0].status).toBe("DONE");
  });

  it("revokes every token a filter matches, minus the excepted ones, as a job", async () => {
    const { login } = await createTenant(server);
    const client = await login();
    const made = [];
    for (const name of ["deploy 1", "deploy 2", "deploy 3", "keep me", "other"]) made.push(await createAccessToken(client, { name }));
    const [d1, d2, d3] = made;
    await client.ok(REVOKE, { id: d3!.id });
    const BY_FILTER = `mutation($input: RevokeAccessTokensInput!) { revokeAccessTokens(input: $input) { results { id } job { id status kind } userErrors { code field } } }`;
    const res = await client.ok(BY_FILTER, { input: { filter: { search: "deploy", states: ["ACTIVE"] }, exceptIds: [d2!.id] } });
    expect(res.revokeAccessTokens.userErrors).toEqual([]);
    expect(res.revokeAccessTokens.results).toEqual([]);
    expect(res.revokeAccessTokens.job).toMatchObject({ kind: "team.revokeAccessTokens" });
    const jobId = res.revokeAccessTokens.job.id as string;
    let job: { status: string; total: number; succeeded: number; failed: number } | null = null;
    for (let i = 0; i < 100; i++) {
      job = (await client.ok(`query($id: ID!) { job(id: $id) { status total succeeded failed } }`, { id: jobId })).job;
      if (job?.status === "SUCCEEDED" || job?.status === "FAILED") break;
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(job).toEqual({ status: "SUCCEEDED", total: 1, succeeded: 1, failed: 0 });
    const states = await client.ok(`{ accessTokens(first: 10, orderBy: { field: NAME, direction: ASC }) { nodes { id state } } }`);
    const byId = Object.fromEntries(states.accessTokens.nodes.map((t: { id: string; state: string }) => [t.id, t.state]));
    expect(byId[d1!.id]).toBe("REVOKED");
    expect(byId[d2!.id]).toBe("ACTIVE");
    expect(byId[made[3]!.id]).toBe("ACTIVE");
    expect(byId[made[4]!.id]).toBe("ACTIVE");
  });

  it("refuses a filter the listing refuses before any job is made", async () => {
    const client = await (await createTenant(server)).login();
    const BY = `mutation($input: RevokeAccessTokensInput!) { revokeAccessTokens(input: $input) { job { id } } }`;
    const res = await client.gql(BY, { input: { filter: { search: "x".repeat(201) } } });
    expect(res.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    const jobs = await server.database.db.execute(sql`select count(*)::int as n from jobs where kind = 'team.revokeAccessTokens' and params->'filter'->>'search' like 'xxxx%'`);
    expect(JSON.stringify(jobs)).toContain('"n":0');
  });

  it("refuses an ambiguous selection", async () => {
    const client = await (await createTenant(server)).login();
    const BY = `mutation($input: RevokeAccessTokensInput!) { revokeAccessTokens(input: $input) { job { id } userErrors { code field } } }`;
    const both = await client.ok(BY, { input: { ids: [], filter: {} } });
    expect(both.revokeAccessTokens.userErrors).toEqual([{ code: "AMBIGUOUS_SELECTION", field: ["input", "ids"] }]);
    const exceptAlone = await client.ok(BY, { input: { exceptIds: [] } });
    expect(exceptAlone.revokeAccessTokens.userErrors).toEqual([{ code: "AMBIGUOUS_SELECTION", field: ["input", "exceptIds"] }]);
    const none = await client.ok(BY, { input: {} });
    expect(none.revokeAccessTokens.userErrors).toEqual([{ code: "NO_SELECTION", field: ["input", "ids"] }]);
    expect(none.revokeAccessTokens.job).toBeNull();
  });

  it("caps the active tokens of a user; a revoked one frees its place", async () => {
    const client = await (await createTenant(server)).login();
    const first = await createAccessToken(client, { name: "first" });
    const rowId = rowIdOf(first.id, "AccessToken");
    await server.database.db.execute(sql`
      insert into access_tokens (tenant_id, user_id, name, scopes, permission, prefix, token_hash)
      select tenant_id, user_id, 'copy ' || g, scopes, permission, prefix, token_hash || '-' || g
      from access_tokens, generate_series(1, ${MAX_ACTIVE_TOKENS_PER_USER - 1}) g where id = ${rowId}`);
    const refused = await client.ok(CREATE, { input: { name: "one too many", scopes: ["BILLING"], permission: "READ_ONLY" } });
    expect(refused.createAccessToken.token).toBeNull();
    expect(refused.createAccessToken.userErrors[0]).toMatchObject({ code: "LIMIT_REACHED" });
    await client.ok(REVOKE, { id: first.id });
    const again = await client.ok(CREATE, { input: { name: "now it fits", scopes: ["BILLING"], permission: "READ_ONLY" } });
    expect(again.createAccessToken.userErrors).toEqual([]);
  });

  it("lets a member stop only the jobs they started (cancelJob)", async () => {
    const { login, tenant } = await createTenant(server);
    const admin = await login();
    const member = await createMember(server, tenant);
    const BY_FILTER = `mutation($input: RevokeAccessTokensInput!) { revokeAccessTokens(input: $input) { job { id } } }`;
    const CANCEL = `mutation($id: ID!) { cancelJob(input: { id: $id }) { userErrors { code } } }`;
    const adminsJob = (await admin.ok(BY_FILTER, { input: { filter: {} } })).revokeAccessTokens.job.id;
    const membersJob = (await member.ok(BY_FILTER, { input: { filter: {} } })).revokeAccessTokens.job.id;
    const theirs = await member.ok(CANCEL, { id: adminsJob });
    expect(theirs.cancelJob.userErrors).toEqual([{ code: "NOT_FOUND" }]);
    const own = await member.ok(CANCEL, { id: membersJob });
    expect(own.cancelJob.userErrors.map((e: { code: string }) => e.code)).not.toContain("NOT_FOUND");
  });
});
