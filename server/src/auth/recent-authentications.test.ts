import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createTenant } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/harness.js";
import { rowIdOf } from "../graphql/node.js";
import type { Auth, Authentication } from "./principal.js";
import { RecentAuthentications, sameAuthentication } from "./recent-authentications.js";

const auth: Auth = {
  kind: "user",
  tenantId: "t1",
  master: false,
  userId: "u1",
  role: "ADMIN",
  email: "a@example.com",
  tokenId: "k1",
  sessionId: null,
  token: { id: "k1", scopes: ["ACCOUNT_MANAGEMENT", "BILLING"], permission: "READ_WRITE" },
};
const signedIn: Authentication = { auth, failure: null };

describe("RecentAuthentications", () => {
  it("remembers an authenticated caller until its time is up, and never a refused one", () => {
    const recent = new RecentAuthentications(10, 1_000);
    recent.remember("token:a", signedIn, 0);
    expect(recent.get("token:a", 999)).toBe(signedIn);
    expect(recent.get("token:a", 1_000)).toBeUndefined();
    expect(recent.size).toBe(0);

    recent.remember("token:b", signedIn, 0);
    recent.remember("token:b", { auth: null, failure: "The access token was revoked.", tokenRejected: true }, 10);
    expect(recent.get("token:b", 20)).toBeUndefined();
  });

  it("keeps at most its limit, dropping the oldest", () => {
    const recent = new RecentAuthentications(2, 60_000);
    recent.remember("a", signedIn, 0);
    recent.remember("b", signedIn, 0);
    recent.remember("c", signedIn, 0);
    expect([recent.get("a", 1), recent.get("b", 1), recent.get("c", 1)]).toEqual([undefined, signedIn, signedIn]);
    expect(recent.size).toBe(2);
  });
});

describe("sameAuthentication", () => {
  it("is the same caller with the same rights, whatever the order of the scopes", () => {
    const reordered = { auth: { ...auth, token: { ...auth.token!, scopes: ["BILLING", "ACCOUNT_MANAGEMENT"] as const } }, failure: null };
    expect(sameAuthentication(signedIn, { auth: { ...auth }, failure: null })).toBe(true);
    expect(sameAuthentication(signedIn, reordered as Authentication)).toBe(true);
    expect(sameAuthentication({ auth: null, failure: null }, { auth: null, failure: null })).toBe(true);
  });

  it("differs on any change of role, tenant, user, credential, scopes or permission, and on a refusal", () => {
    const changed: Partial<Auth>[] = [
      { role: "MEMBER" },
      { tenantId: "t2" },
      { master: true },
      { userId: "u2" },
      { email: "b@example.com" },
      { sessionId: "s1", token: null, tokenId: null },
      { token: { ...auth.token!, scopes: ["ACCOUNT_MANAGEMENT"] } },
      { token: { ...auth.token!, permission: "READ_ONLY" } },
    ];
    for (const change of changed) expect(sameAuthentication(signedIn, { auth: { ...auth, ...change }, failure: null }), JSON.stringify(change)).toBe(false);
    expect(sameAuthentication(signedIn, { auth: null, failure: "The access token was revoked.", tokenRejected: true })).toBe(false);
    expect(sameAuthentication({ auth: null, failure: null }, signedIn)).toBe(false);
  });
});

describe("a query run as the caller its credential was a moment ago (http/graphql-http.ts)", () => {
  let server: TestServer;
  beforeAll(async () => {
    server = await startTestServer();
  });
  afterAll(() => server?.close());

  it("answers only as the caller the database finds now: revoked, demoted, narrowed", async () => {
    const { login, admin } = await createTenant(server);
    const session = await login();
    const { token, id } = await createAccessToken(session, { scopes: ["ACCOUNT_MANAGEMENT", "BILLING"] });
    const viaToken = server.client().withToken(token);
    const tokenId = rowIdOf(id, "AccessToken")!;

    // Seen once, the token's next queries run alongside their opening statement.
    expect((await viaToken.ok(`{ viewer { email role } }`)).viewer).toEqual({ email: admin.email, role: "ADMIN" });
    expect((await viaToken.ok(`{ viewer { role } }`)).viewer.role).toBe("ADMIN");

    // The owner is made a member behind the server's back: the very next answer says so.
    await server.database.db.execute(sql`update users set role = 'MEMBER' where email = ${admin.email}`);
    expect((await viaToken.ok(`{ viewer { role } }`)).viewer.role).toBe("MEMBER");
    await server.database.db.execute(sql`update users set role = 'ADMIN' where email = ${admin.email}`);
    expect((await viaToken.ok(`{ viewer { role } }`)).viewer.role).toBe("ADMIN");

    // Its scopes narrowed: a field of the dropped scope is refused at once.
    expect((await viaToken.ok(`{ accounts(first: 1) { totalCount } }`)).accounts.totalCount).toBe(0);
    await server.database.db.execute(sql`update access_tokens set scopes = array['BILLING']::text[] where id = ${tokenId}`);
    const narrowed = await viaToken.gql(`{ accounts(first: 1) { totalCount } }`);
    expect(narrowed.errors?.[0]?.extensions.code).toBe("FORBIDDEN");

    // Revoked: refused as a token never seen would be, with nothing of the answer.
    await session.ok(`mutation($id: ID!) { revokeAccessToken(input: { id: $id }) { userErrors { code } } }`, { id });
    const revoked = await viaToken.gql(`{ viewer { email } }`);
    expect(revoked.status).toBe(401);
    expect(revoked.data?.viewer).toBeUndefined();
    expect(revoked.errors?.[0]).toMatchObject({ extensions: { code: "UNAUTHENTICATED" }, message: expect.stringMatching(/revoked/) });
  });

  it("a signed-out session is anonymous on its next query", async () => {
    const session = await (await createTenant(server)).login();
    expect((await session.ok(`{ viewer { email } }`)).viewer).not.toBeNull();
    expect((await session.ok(`{ viewer { email } }`)).viewer).not.toBeNull();
    await server.database.db.execute(sql`delete from sessions`);
    const after = await session.gql(`{ viewer { email } }`);
    expect(after.data?.viewer ?? null).toBeNull();
  });

  it("costs the statements of an unguessed query, no more", async () => {
    const session = await (await createTenant(server)).login();
    const query = `{ viewer { email } accessTokens(first: 5) { totalCount } }`;
    const statements = async () => {
      const before = server.database.statementCount;
      await session.ok(query);
      return server.database.statementCount - before;
    };
    // The login presented no credential, so the first query waits for its opening; the next two are guessed.
    const counts = [await statements(), await statements(), await statements()];
    expect(new Set(counts).size).toBe(1);
  });
});
