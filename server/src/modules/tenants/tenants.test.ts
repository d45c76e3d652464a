import { subdomainForName } from "@gatehouse/schema/subdomain";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestServer } from "../../../test/harness.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GATEHOUSE_BASE_DOMAIN: "gatehouse.test" });
});
afterAll(() => server?.close());

const CREATE = `mutation($input: CreateTenantInput!) { createTenant(input: $input) { tenant { id name subdomain isMaster adminDomain } adminUser { email role } generatedAdminPassword userErrors { field code message } } }`;

describe("createTenant", () => {
  it("creates a tenant with its first admin and returns a generated password once", async () => {
    const master = await server.master();
    const res = await master.ok(CREATE, { input: { name: "Initech Payments", adminEmail: "Boss@Initech.test" } });
    expect(res.createTenant).toMatchObject({
      tenant: { name: "Initech Payments", subdomain: "initech-payments", isMaster: false, adminDomain: "initech-payments-admin.gatehouse.test" },
      adminUser: { email: "boss@initech.test", role: "ADMIN" },
      userErrors: [],
    });
    const password = res.createTenant.generatedAdminPassword as string;
    expect(password.length).toBeGreaterThanOrEqual(16);
    await server.client().login({ tenant: "initech-payments", email: "boss@initech.test", password });

    // Same name again: the derived subdomain gets a suffix; a given one that is taken is refused.
    const again = await master.ok(CREATE, { input: { name: "Initech Payments", adminEmail: "boss@initech.test", adminPassword: "another-password" } });
    expect(again.createTenant.tenant.subdomain).toBe("initech-payments-2");
    expect(again.createTenant.generatedAdminPassword).toBeNull();
    const taken = await master.ok(CREATE, { input: { name: "Other", subdomain: "initech-payments", adminEmail: "a@b.test" } });
    expect(taken.createTenant).toMatchObject({ tenant: null, userErrors: [{ code: "TAKEN", field: ["input", "subdomain"] }] });
  });

  it("derives the subdomain by the shared rule the create form previews with", async () => {
    // The rule itself is tested in schema/src/subdomain.test.ts; this checks the server applies it.
    const master = await server.master();
    for (const [name, subdomain] of [["Société Générale", "societe-generale"], ["Admin", "admin-2"]] as const) {
      const res = await master.ok(CREATE, { input: { name, adminEmail: "boss@example.test", adminPassword: "long enough password" } });
      expect(res.createTenant.tenant.subdomain).toBe(subdomain);
      expect(subdomainForName(name)).toBe(subdomain);
    }
  });

  it("validates every field before writing anything", async () => {
    const master = await server.master();
    const before = (await master.ok(`{ tenants { totalCount } }`)).tenants.totalCount;
    const res = await master.ok(CREATE, { input: { name: "", subdomain: "Bad_Sub", adminEmail: "a@b.test", adminPassword: "short" } });
    expect(res.createTenant.userErrors.map((e: { code: string }) => e.code)).toEqual(["BLANK", "INVALID", "WEAK_PASSWORD"]);
    const badEmail = await master.gql(CREATE, { input: { name: "X", adminEmail: "not-an-email" } });
    expect(badEmail.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await master.ok(`{ tenants { totalCount } }`)).tenants.totalCount).toBe(before);
  });

  it("is for the master only", async () => {
    const admin = await (await createTenant(server)).login();
    const res = await admin.gql(CREATE, { input: { name: "Sneaky", adminEmail: "a@b.test" } });
    expect(res.status).toBe(403);
    expect(res.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await admin.gql(`{ tenants { totalCount } }`)).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const anonymous = await server.client().gql(CREATE, { input: { name: "Sneaky", adminEmail: "a@b.test" } });
    expect(anonymous.status).toBe(401);
    expect(anonymous.errors?.[0]?.extensions.code).toBe("UNAUTHENTICATED");
  });
});

describe("tenants connection", () => {
  const PAGE = `query($first: Int, $after: String, $last: Int, $before: String, $orderBy: TenantOrder, $filter: TenantFilter) {
    tenants(first: $first, after: $after, last: $last, before: $before, orderBy: $orderBy, filter: $filter) {
      totalCount edges { cursor node { id name } } nodes { id } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }
    } }`;

  it("pages forward and backward with keyset cursors, sorted and filtered", async () => {
    const master = await server.master();
    for (const name of ["Zeta Paging", "Alpha Paging", "Mu Paging", "Beta Paging", "Omega Paging"]) {
      await master.ok(CREATE, { input: { name, adminEmail: "p@example.com", adminPassword: "paging-password" } });
    }
    const vars = { orderBy: { field: "NAME", direction: "ASC" }, filter: { search: "paging" } };
    const first = (await master.ok(PAGE, { ...vars, first: 2 })).tenants;
    expect(first.totalCount).toBe(5);
    expect(first.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Alpha Paging", "Beta Paging"]);
    expect(first.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
    const second = (await master.ok(PAGE, { ...vars, first: 2, after: first.pageInfo.endCursor })).tenants;
    expect(second.nodes.length).toBe(2);
    expect(second.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Mu Paging", "Omega Paging"]);
    const third = (await master.ok(PAGE, { ...vars, first: 2, after: second.pageInfo.endCursor })).tenants;
    expect(third.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Zeta Paging"]);
    expect(third.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    const back = (await master.ok(PAGE, { ...vars, last: 2, before: third.pageInfo.startCursor })).tenants;
    expect(back.edges.map((e: { node: { name: string } }) => e.node.name)).toEqual(["Mu Paging", "Omega Paging"]);
    expect(back.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const desc = (await master.ok(PAGE, { orderBy: { field: "NAME", direction: "DESC" }, filter: { search: "paging" }, first: 1 })).tenants;
    expect(desc.nodes).toHaveLength(1);
    expect(desc.edges[0].node.name).toBe("Zeta Paging");
  });

  it("rejects bad page sizes, cursors and enum values with BAD_USER_INPUT", async () => {
    const master = await server.master();
    const cursorOfOtherOrder = (await master.ok(PAGE, { first: 1 })).tenants.pageInfo.endCursor;
    const cases: Record<string, unknown>[] = [
      { first: 10_000 },
      { first: 0 },
      { last: -1 },
      { first: 1, last: 1 },
      { first: 1, after: "not-a-cursor" },
      { first: 1, after: cursorOfOtherOrder, orderBy: { field: "NAME", direction: "ASC" } },
      { orderBy: { field: "POPULARITY", direction: "ASC" } },
    ];
    for (const variables of cases) {
      const res = await master.gql(PAGE, variables);
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
    const forged = (cursor: object) => Buffer.from(JSON.stringify(cursor)).toString("base64url");
    const uuid = "3f1c1f2e-8f5a-4c2b-9d7e-0a1b2c3d4e5f";
    for (const variables of [
      { first: 1, after: forged({ k: "CREATED_AT", v: "2026-01-01T00:00:00.000Z", id: "nope" }) },
      { first: 1, after: forged({ k: "CREATED_AT", v: "yesterday", id: uuid }) },
      { first: 1, after: forged({ k: "CREATED_AT", v: { a: 1 }, id: uuid }) },
      { first: 1, after: forged({ k: "NAME", v: 42, id: uuid }), orderBy: { field: "NAME", direction: "ASC" } },
      { last: 1, after: cursorOfOtherOrder },
      { first: 1, before: cursorOfOtherOrder },
    ]) {
      const res = await master.gql(PAGE, variables);
      expect(res.status, JSON.stringify(variables)).not.toBe(500);
      expect(res.errors?.[0]?.extensions.code, JSON.stringify(variables)).toBe("BAD_USER_INPUT");
    }
    const literal = await master.gql(`{ tenants(orderBy: { field: POPULARITY, direction: ASC }) { totalCount } }`);
    expect(literal.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("lists tenants with their users (a nested connection) in a constant number of SQL statements", async () => {
    const master = await server.master();
    for (let i = 0; i < 8; i++) await createTenant(server);
    const query = `query($n: Int) { tenants(first: $n) { nodes { id name users(first: 5) { totalCount nodes { id email tenant { id name } } } } } }`;
    const statements = async (n: number) => {
      const before = server.database.statementCount;
      const data = await master.ok(query, { n });
      expect(data.tenants.nodes).toHaveLength(n);
      for (const t of data.tenants.nodes) {
        expect(t.users.totalCount).toBe(t.users.nodes.length);
        for (const u of t.users.nodes) expect(u.tenant.id).toBe(t.id);
      }
      return server.database.statementCount - before;
    };
    expect(await statements(8)).toBe(await statements(2));
  });

  it("pages a nested connection per parent", async () => {
    const master = await server.master();
    const { tenant } = await createTenant(server);
    const { createMember } = await import("../../../test/factories.js");
    await createMember(server, tenant);
    await createMember(server, tenant);
    const q = `query($id: ID!, $after: String) { tenant(id: $id) { users(first: 2, after: $after) { totalCount nodes { email } pageInfo { hasNextPage endCursor } } } }`;
    const first = (await master.ok(q, { id: tenant.id })).tenant.users;
    expect(first).toMatchObject({ totalCount: 3, pageInfo: { hasNextPage: true } });
    expect(first.nodes).toHaveLength(2);
    const rest = (await master.ok(q, { id: tenant.id, after: first.pageInfo.endCursor })).tenant.users;
    expect(rest.nodes).toHaveLength(1);
    expect(rest.pageInfo.hasNextPage).toBe(false);
    expect(new Set([...first.nodes, ...rest.nodes].map((u: { email: string }) => u.email)).size).toBe(3);
  });

  it("resolves relations of a listing in a constant number of SQL statements", async () => {
    const client = await (await createTenant(server)).login();
    for (let i = 0; i < 8; i++) await createAccessToken(client, { name: `token ${i}` });
    const query = `query($n: Int) { viewer { tenant { name } } accessTokens(first: $n) { nodes { id name owner { id email tenant { id name } } } } }`;
    const statements = async (n: number) => {
      const before = server.database.statementCount;
      const data = await client.ok(query, { n });
      expect(data.accessTokens.nodes).toHaveLength(n);
      return server.database.statementCount - before;
    };
    expect(await statements(8)).toBe(await statements(2));
  });
});

describe("updateTenantSettings", () => {
  const UPDATE = `mutation($input: UpdateTenantSettingsInput!) { updateTenantSettings(input: $input) { tenant { id name timeZone } userErrors { field code message } } }`;
  const VIEWER = `{ viewer { tenant { id name timeZone } } }`;

  it("changes the admin's own tenant: name and time zone (canonically spelled), recorded in the audit log", async () => {
    const { createMember } = await import("../../../test/factories.js");
    const t = await createTenant(server);
    const other = await createTenant(server);
    const admin = await t.login();
    expect((await admin.ok(VIEWER)).viewer.tenant).toEqual({ id: t.tenant.id, name: expect.any(String), timeZone: "UTC" });

    const res = await admin.ok(UPDATE, { input: { name: "  Acme Rockets  ", timeZone: "europe/madrid" } });
    expect(res.updateTenantSettings).toEqual({ tenant: { id: t.tenant.id, name: "Acme Rockets", timeZone: "Europe/Madrid" }, userErrors: [] });
    // Omitted stays; the same value again changes nothing and records nothing.
    expect((await admin.ok(UPDATE, { input: { timeZone: "Europe/Madrid" } })).updateTenantSettings.tenant).toEqual({ id: t.tenant.id, name: "Acme Rockets", timeZone: "Europe/Madrid" });
    const log = await admin.ok(`query($id: ID!) { auditLog(first: 5, filter: { targetId: $id }) { nodes { event summary changes { field from to } } } }`, { id: t.tenant.id });
    const updates = log.auditLog.nodes.filter((e: { event: string }) => e.event === "tenant.updated");
    expect(updates).toHaveLength(1);
    expect(updates[0].summary).toBe('Changed the name to "Acme Rockets" and the time zone to Europe/Madrid.');
    expect(updates[0].changes).toEqual([
      { field: "name", from: expect.any(String), to: "Acme Rockets" },
      { field: "timeZone", from: "UTC", to: "Europe/Madrid" },
    ]);

    // Refused as a whole, each problem on its field.
    const bad = await admin.ok(UPDATE, { input: { name: " ", timeZone: "Mars/Olympus" } });
    expect(bad.updateTenantSettings.tenant).toBeNull();
    expect(bad.updateTenantSettings.userErrors.map((e: { field: string[]; code: string }) => [e.field.join("."), e.code])).toEqual([
      ["input.name", "BLANK"],
      ["input.timeZone", "INVALID"],
    ]);
    expect((await admin.ok(UPDATE, { input: { name: "x".repeat(300) } })).updateTenantSettings.userErrors[0].code).toBe("TOO_LONG");
    expect((await admin.ok(VIEWER)).viewer.tenant.timeZone).toBe("Europe/Madrid");

    // Another tenant is untouched; members may not change it.
    expect((await (await other.login()).ok(VIEWER)).viewer.tenant.timeZone).toBe("UTC");
    const member = await createMember(server, t.tenant, ["SETTINGS"]);
    expect((await member.gql(UPDATE, { input: { timeZone: "UTC" } })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await member.ok(VIEWER)).viewer.tenant.timeZone).toBe("Europe/Madrid");
  });
});
