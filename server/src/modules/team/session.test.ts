import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { MASTER, startTestServer, type TestServer } from "../../../test/harness.js";
import { LOGIN_THROTTLE } from "./login-throttle.js";
import { tenantFromHost } from "./session.resolver.js";
import { sql } from "drizzle-orm";
import { BlockList } from "node:net";
import type { IncomingMessage } from "node:http";
import { clientAddress, isSecure } from "../../http/request.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    GATEHOUSE_BASE_DOMAIN: "gatehouse.test",
    GATEHOUSE_TRUSTED_PROXIES: "127.0.0.1,::1",
    // Room for the other tests of this file, which all come from 127.0.0.1; the spraying test uses an address of its own.
    GATEHOUSE_LOGIN_ADDRESS_LIMIT: "60",
  });
});
afterAll(() => server?.close());

const LOGIN = `mutation($input: LoginInput!) { login(input: $input) { user { id email role tenant { subdomain isMaster } } userErrors { field code message } } }`;
const VIEWER = `{ viewer { id email tenant { subdomain } } }`;

describe("login", () => {
  it("signs the master in without a tenant and sets an HTTP-only, SameSite session cookie", async () => {
    const client = server.client();
    const res = await client.gql(LOGIN, { input: { email: MASTER.email, password: MASTER.password } });
    expect(res.data?.login.userErrors).toEqual([]);
    expect(res.data?.login.user).toMatchObject({ email: MASTER.email, role: "ADMIN", tenant: { isMaster: true } });
    const cookie = res.headers.getSetCookie()[0]!;
    expect(cookie).toMatch(/^gatehouse_session=/);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect((await client.ok(VIEWER)).viewer.email).toBe(MASTER.email);
  });

  it("signs a tenant admin in by subdomain; parses <subdomain>-admin.<base domain> hosts (login by Host: graphql-http.test.ts)", async () => {
    const { tenant, admin } = await createTenant(server);
    const bySubdomain = server.client();
    await bySubdomain.login({ tenant: tenant.subdomain, email: admin.email.toUpperCase(), password: admin.password });
    expect((await bySubdomain.ok(VIEWER)).viewer.tenant.subdomain).toBe(tenant.subdomain);

    // Without a tenant (and no matching Host) the login is the master's, where this admin does not exist.
    const res = await server.client().gql(LOGIN, { input: { email: admin.email, password: admin.password } });
    expect(res.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    expect(tenantFromHost(`${tenant.subdomain}-admin.gatehouse.test:4000`, "gatehouse.test")).toBe(tenant.subdomain);
    expect(tenantFromHost("gatehouse.test", "gatehouse.test")).toBeNull();
    expect(tenantFromHost(`${tenant.subdomain}-admin.other.test`, "gatehouse.test")).toBeNull();
  });

  it("refuses a wrong password or unknown tenant with one and the same user error and no cookie", async () => {
    const client = server.client();
    const wrong = await client.gql(LOGIN, { input: { email: MASTER.email, password: "not-the-password" } });
    expect(wrong.data?.login).toEqual({
      user: null,
      userErrors: [{ field: ["input", "password"], code: "INVALID_CREDENTIALS", message: expect.any(String) }],
    });
    expect(wrong.headers.getSetCookie()).toEqual([]);
    // An unknown tenant must not be told from a known one (tenant enumeration): the same answer.
    const { tenant, admin } = await createTenant(server);
    const known = await client.gql(LOGIN, { input: { tenant: tenant.subdomain, email: admin.email, password: "not-the-password" } });
    const unknown = await client.gql(LOGIN, { input: { tenant: "no-such-tenant", email: admin.email, password: "not-the-password" } });
    expect(unknown.data).toEqual(known.data);
    expect(unknown.data?.login.userErrors[0]).toMatchObject({ code: "INVALID_CREDENTIALS", field: ["input", "password"] });
    expect(unknown.headers.getSetCookie()).toEqual([]);
    expect((await client.ok(VIEWER)).viewer).toBeNull();
  });

  it("throttles repeated failed logins for one email, even with the right password afterwards", async () => {
    const { tenant, admin } = await createTenant(server);
    const client = server.client();
    const attempt = (password: string) => client.gql(LOGIN, { input: { tenant: tenant.subdomain, email: admin.email, password } });
    for (let i = 1; i < LOGIN_THROTTLE.maxFailures; i++) {
      expect((await attempt("wrong-password")).data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    }
    expect((await attempt("wrong-password")).data?.login.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
    const locked = await attempt(admin.password);
    expect(locked.data?.login.userErrors[0]).toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringMatching(/Try again in \d+ minute/) });
    expect(locked.data?.login.user).toBeNull();
    // Another email of the same tenant is not affected.
    const other = await client.gql(LOGIN, { input: { tenant: tenant.subdomain, email: "someone@example.com", password: "wrong-password" } });
    expect(other.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
  });

  it("counts parallel guesses exactly: no more than the limit are ever checked", async () => {
    const { tenant, admin } = await createTenant(server);
    const client = server.client();
    const results = await Promise.all(
      Array.from({ length: 12 }, () => client.gql(LOGIN, { input: { tenant: tenant.subdomain, email: admin.email, password: "wrong-password" } })),
    );
    const codes = results.map((r) => r.data?.login.userErrors[0].code);
    expect(codes.filter((c) => c === "INVALID_CREDENTIALS")).toHaveLength(LOGIN_THROTTLE.maxFailures - 1);
    expect(codes.filter((c) => c === "TOO_MANY_ATTEMPTS")).toHaveLength(12 - (LOGIN_THROTTLE.maxFailures - 1));
  });

  it("must be the only field of its operation, so a failing neighbour cannot roll its count back", async () => {
    const res = await server.client().gql(
      `mutation { login(input: { email: "x@y.test", password: "nope-nope-nope" }) { user { id } } logout { loggedOut } }`,
    );
    expect(res.errors?.[0]).toMatchObject({ extensions: { code: "BAD_USER_INPUT" }, message: expect.stringMatching(/only field/) });
    const viaFragment = await server.client().gql(
      `mutation { ...L logout { loggedOut } } fragment L on Mutation { login(input: { email: "x@y.test", password: "nope-nope-nope" }) { user { id } } }`,
    );
    expect(viaFragment.errors?.[0]?.message).toMatch(/only field/);
    const twice = await server.client().gql(
      `mutation { a: login(input: { email: "x@y.test", password: "nope-nope-nope" }) { user { id } } b: login(input: { email: "x@y.test", password: "nope-nope-nope" }) { user { id } } }`,
    );
    expect(twice.errors?.[0]?.message).toMatch(/only field/);
  });

  it("logout ends the session server-side", async () => {
    const client = await server.master();
    const stolenCookie = client.cookie;
    const res = await client.ok(`mutation { logout { loggedOut } }`);
    expect(res.logout.loggedOut).toBe(true);
    const replay = server.client();
    replay.cookie = stolenCookie;
    const after = await replay.gql(VIEWER);
    expect(after.data?.viewer).toBeNull();
    const denied = await replay.gql(`{ tenants(first: 1) { totalCount } }`);
    expect(denied.status).toBe(401);
    expect(denied.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
    expect(denied.errors?.[0]?.message).toMatch(/session/);
  });

  it("logout with a bearer token and a session cookie ends that session too", async () => {
    const { createAccessToken } = await import("../../../test/factories.js");
    const session = await server.master();
    const { token } = await createAccessToken(session);
    const both = server.client().withToken(token);
    both.cookie = session.cookie;
    expect((await both.ok(`mutation { logout { loggedOut } }`)).logout.loggedOut).toBe(true);
    const replay = server.client();
    replay.cookie = session.cookie;
    expect((await replay.ok(VIEWER)).viewer).toBeNull();
  });

  it("refuses cookie-authenticated requests that a cross-site form could send (CSRF)", async () => {
    const client = await server.master();
    const res = await fetch(client.endpoint, {
      method: "POST",
      headers: { "content-type": "text/plain", cookie: client.cookie! },
      body: JSON.stringify({ query: `mutation { logout { loggedOut } }` }),
    });
    expect(res.status).toBe(400);
    expect((await client.ok(VIEWER)).viewer.email).toBe(MASTER.email);
  });
});

describe("changePassword", () => {
  const CHANGE = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) { user { id } userErrors { field code message } } }`;

  it("checks the current password and the password rules, then ends the user's other sessions", async () => {
    const { tenant, admin, login } = await createTenant(server);
    const session = await login();
    const otherSession = await login();

    const wrong = await session.ok(CHANGE, { input: { currentPassword: "nope-nope-nope", newPassword: "a-brand-new-password" } });
    expect(wrong.changePassword.userErrors[0]).toMatchObject({ code: "WRONG_PASSWORD", field: ["input", "currentPassword"] });
    const weak = await session.ok(CHANGE, { input: { currentPassword: admin.password, newPassword: "short" } });
    expect(weak.changePassword.userErrors[0]).toMatchObject({ code: "WEAK_PASSWORD", field: ["input", "newPassword"] });

    const done = await session.ok(CHANGE, { input: { currentPassword: admin.password, newPassword: "a-brand-new-password" } });
    expect(done.changePassword.userErrors).toEqual([]);
    expect((await session.ok(VIEWER)).viewer.email).toBe(admin.email);
    expect((await otherSession.ok(VIEWER)).viewer).toBeNull();

    const relogin = server.client();
    const old = await relogin.gql(LOGIN, { input: { tenant: tenant.subdomain, email: admin.email, password: admin.password } });
    expect(old.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    await relogin.login({ tenant: tenant.subdomain, email: admin.email, password: "a-brand-new-password" });
  });

  it("throttles the current-password check with the login counter of the account", async () => {
    const { tenant, admin, login } = await createTenant(server);
    const session = await login();
    const change = (currentPassword: string) => session.ok(CHANGE, { input: { currentPassword, newPassword: "a-brand-new-password" } });
    for (let i = 1; i < LOGIN_THROTTLE.maxFailures; i++) {
      expect((await change("wrong-password")).changePassword.userErrors[0].code).toBe("WRONG_PASSWORD");
    }
    expect((await change("wrong-password")).changePassword.userErrors[0]).toMatchObject({
      code: "TOO_MANY_ATTEMPTS",
      field: ["input", "currentPassword"],
      message: expect.stringMatching(/Try again in \d+ minute/),
    });
    // Locked: the right password is refused too, here and at login, and nothing changed.
    expect((await change(admin.password)).changePassword).toMatchObject({ user: null, userErrors: [{ code: "TOO_MANY_ATTEMPTS" }] });
    const relogin = await server.client().gql(LOGIN, { input: { tenant: tenant.subdomain, email: admin.email, password: admin.password } });
    expect(relogin.data?.login.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
  });

  it("a right current password clears the failures counted before it", async () => {
    const { admin, login } = await createTenant(server);
    const session = await login();
    for (let i = 1; i < LOGIN_THROTTLE.maxFailures; i++) {
      await session.ok(CHANGE, { input: { currentPassword: "wrong-password", newPassword: "a-brand-new-password" } });
    }
    const done = await session.ok(CHANGE, { input: { currentPassword: admin.password, newPassword: "a-brand-new-password" } });
    expect(done.changePassword.userErrors).toEqual([]);
    const wrongAgain = await session.ok(CHANGE, { input: { currentPassword: "wrong-password", newPassword: "another-new-password" } });
    expect(wrongAgain.changePassword.userErrors[0].code).toBe("WRONG_PASSWORD");
  });

  it("leaves the user's access tokens working: they are credentials of their own (docs/decisions/0003)", async () => {
    const { createAccessToken } = await import("../../../test/factories.js");
    const { admin, login } = await createTenant(server);
    const session = await login();
    const { token } = await createAccessToken(session);
    const done = await session.ok(CHANGE, { input: { currentPassword: admin.password, newPassword: "a-brand-new-password" } });
    expect(done.changePassword.userErrors).toEqual([]);
    expect((await server.client().withToken(token).ok(VIEWER)).viewer.email).toBe(admin.email);
  });
});

describe("login throttling by account and client address", () => {
  const from = (address: string) => ({ "x-forwarded-for": address });
  const attempt = (tenant: string | null, email: string, password: string, address: string) =>
    server.client().gql(LOGIN, { input: { ...(tenant ? { tenant } : {}), email, password } }, from(address));

  it("locks one address out of an account, while the right password from another address still works", async () => {
    const { tenant, admin } = await createTenant(server);
    for (let i = 1; i < LOGIN_THROTTLE.maxFailures; i++) {
      expect((await attempt(tenant.subdomain, admin.email, "wrong-password", "203.0.113.7")).data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
    }
    expect((await attempt(tenant.subdomain, admin.email, "wrong-password", "203.0.113.7")).data?.login.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
    expect((await attempt(tenant.subdomain, admin.email, admin.password, "203.0.113.7")).data?.login.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
    const elsewhere = await attempt(tenant.subdomain, admin.email, admin.password, "198.51.100.20");
    expect(elsewhere.data?.login.userErrors).toEqual([]);
    expect(elsewhere.data?.login.user.email).toBe(admin.email);
  });

  it("locks an address out of every account after too many failures across emails (password spraying)", async () => {
    const { tenant, admin } = await createTenant(server);
    const codes: string[] = [];
    for (let i = 0; i <= server.config.loginAddressLimit; i++) {
      codes.push((await attempt(tenant.subdomain, `victim-${i}@example.com`, "Summer2026!", "203.0.113.99")).data?.login.userErrors[0].code);
    }
    expect(codes.slice(0, server.config.loginAddressLimit - 1).every((c) => c === "INVALID_CREDENTIALS")).toBe(true);
    expect(codes.at(-1)).toBe("TOO_MANY_ATTEMPTS");
    const blocked = await attempt(tenant.subdomain, admin.email, admin.password, "203.0.113.99");
    expect(blocked.data?.login.userErrors[0]).toMatchObject({ code: "TOO_MANY_ATTEMPTS", message: expect.stringMatching(/from your network/) });
    expect((await attempt(tenant.subdomain, admin.email, admin.password, "198.51.100.21")).data?.login.userErrors).toEqual([]);
  });

  it("locks guesses at an unknown tenant exactly like guesses at a known one", async () => {
    const known = await createTenant(server);
    const run = async (tenant: string) => {
      const codes = [];
      for (let i = 0; i <= LOGIN_THROTTLE.maxFailures; i++) codes.push((await attempt(tenant, "someone@example.com", "wrong-password", "203.0.113.50")).data?.login.userErrors[0]);
      return codes;
    };
    expect(await run("no-such-tenant-at-all")).toEqual(await run(known.tenant.subdomain));
  });

  it("counts guesses at a subdomain no tenant can have, however long, like any other", async () => {
    const res = await attempt("x".repeat(3000), "someone@example.com", "wrong-password", "203.0.113.51");
    expect(res.status).toBe(200);
    expect(res.data?.login.userErrors[0].code).toBe("INVALID_CREDENTIALS");
  });

  it("believes X-Forwarded-For only from a trusted proxy", () => {
    const proxies = new BlockList();
    proxies.addSubnet("10.0.0.0", 8, "ipv4");
    const req = (remote: string, forwarded?: string) => ({ socket: { remoteAddress: remote }, headers: forwarded ? { "x-forwarded-for": forwarded } : {} }) as unknown as IncomingMessage;
    expect(clientAddress(req("203.0.113.1", "1.2.3.4"), proxies)).toBe("203.0.113.1");
    expect(clientAddress(req("::ffff:10.1.1.1", "1.2.3.4, 10.2.2.2"), proxies)).toBe("1.2.3.4");
    expect(clientAddress(req("10.1.1.1", "evil, 5.6.7.8"), proxies)).toBe("5.6.7.8");
    expect(clientAddress(req("10.1.1.1"), proxies)).toBe("10.1.1.1");
  });

  it("believes X-Forwarded-Proto only from a trusted proxy (the session cookie's Secure flag)", () => {
    const proxies = new BlockList();
    proxies.addAddress("10.0.0.1", "ipv4");
    const req = (remote: string) => ({ socket: { remoteAddress: remote }, headers: { "x-forwarded-proto": "https" } }) as unknown as IncomingMessage;
    expect(isSecure(req("10.0.0.1"), proxies)).toBe(true);
    expect(isSecure(req("203.0.113.1"), proxies)).toBe(false);
  });

  it("lets the master unlock a user's login; nobody else may", async () => {
    const { tenant, admin, login } = await createTenant(server);
    for (let i = 0; i < LOGIN_THROTTLE.maxFailures; i++) await attempt(tenant.subdomain, admin.email, "wrong-password", "203.0.113.8");
    expect((await attempt(tenant.subdomain, admin.email, admin.password, "203.0.113.8")).data?.login.userErrors[0].code).toBe("TOO_MANY_ATTEMPTS");
    const UNLOCK = `mutation($id: ID!) { unlockLogin(input: { userId: $id }) { user { email } cleared userErrors { code field } } }`;
    const tenantAdmin = await login();
    expect((await tenantAdmin.gql(UNLOCK, { id: admin.id })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const master = await server.master();
    const done = await master.ok(UNLOCK, { id: admin.id });
    expect(done.unlockLogin).toEqual({ user: { email: admin.email }, cleared: 1, userErrors: [] });
    // Unlocking again lifts nothing, and records nothing: one entry in the user's tenant.
    expect((await master.ok(UNLOCK, { id: admin.id })).unlockLogin.cleared).toBe(0);
    const unlocks = await (await login()).ok(`{ auditLog(filter: { event: "user.login_unlocked" }) { nodes { actorName summary } } }`);
    expect(unlocks.auditLog.nodes).toEqual([{ actorName: MASTER.email, summary: `Lifted the login lock of ${admin.email}.` }]);
    expect((await attempt(tenant.subdomain, admin.email, admin.password, "203.0.113.8")).data?.login.userErrors).toEqual([]);
    const missing = await master.ok(UNLOCK, { id: Buffer.from("User:00000000-0000-4000-8000-000000000000").toString("base64url") });
    expect(missing.unlockLogin.userErrors).toEqual([{ code: "USER_NOT_FOUND", field: ["input", "userId"] }]);
  });

  it("purges counters whose window and lock are over", async () => {
    const old = new Date(Date.now() - 2 * LOGIN_THROTTLE.windowMs).toISOString();
    await server.database.db.execute(
      sql`insert into login_attempts (scope, tenant_key, email, address, failures, window_started_at) values ('ADDRESS', '', '', '192.0.2.77', 3, ${old}::timestamptz)`,
    );
    await attempt(null, "nobody@example.com", "wrong-password", "192.0.2.78");
    const left = await server.database.db.execute(sql`select count(*)::int as n from login_attempts where address = '192.0.2.77'`);
    expect(JSON.stringify(left)).toContain('"n":0');
  });
});
