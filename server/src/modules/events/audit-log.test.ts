import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ENTRY = `event actorKind actorName actor { email } targetType targetId targetName summary changes { field from to } requestId tenant { subdomain }`;
const LOG = `query($filter: AuditEntryFilter, $first: Int) { auditLog(first: $first, filter: $filter) { totalCount nodes { ${ENTRY} } } }`;
const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { service { id name } userErrors { code } } }`;
const UPDATE_SERVICE = `mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { id } userErrors { code } } }`;

type Entry = { event: string; actorKind: string; actorName: string; targetId: string | null; summary: string; changes: { field: string; from: string | null; to: string | null }[]; requestId: string | null };
const log = async (client: TestClient, filter: object = {}, first = 50) => (await client.ok(LOG, { filter, first })).auditLog as { totalCount: number; nodes: Entry[] };

describe("audit log", () => {
  it("records who changed what, with the request's ID, newest first; updates list what changed and a no-op records nothing", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    const created = await admin.gql(CREATE_SERVICE, { input: { name: "Audit API" } }, { "x-request-id": "req-audit-0001" });
    expect(created.headers.get("x-request-id")).toBe("req-audit-0001");
    const service = created.data!.createService.service as { id: string };
    await admin.ok(UPDATE_SERVICE, { input: { id: service.id, name: "Audit API", description: "Audited." } });
    await admin.ok(UPDATE_SERVICE, { input: { id: service.id, description: "Audited." } });

    const entries = (await log(admin, { targetId: service.id })).nodes;
    expect(entries).toEqual([
      expect.objectContaining({
        event: "service.updated",
        summary: 'Changed the service "Audit API".',
        changes: [{ field: "description", from: null, to: "Audited." }],
      }),
      expect.objectContaining({
        event: "service.created",
        actorKind: "USER",
        actorName: acme.admin.email,
        actor: { email: acme.admin.email },
        targetType: "Service",
        targetId: service.id,
        targetName: "Audit API",
        summary: 'Created the service "Audit API".',
        changes: [],
        requestId: "req-audit-0001",
        tenant: { subdomain: acme.tenant.subdomain },
      }),
    ]);
    // The service's setup is recorded too: its default plans.
    expect((await log(admin, { event: "plan.created" })).nodes.map((e) => e.summary).join(" ")).toContain("Audit API");
    // A request ID the client did not give is made up, and still found in the entry.
    const second = await admin.gql(CREATE_SERVICE, { input: { name: "Second" } }, { "x-request-id": "no spaces allowed" });
    const madeUp = second.headers.get("x-request-id")!;
    expect(madeUp).toMatch(/^[0-9a-f-]{36}$/);
    expect((await log(admin, { targetId: second.data!.createService.service.id })).nodes[0]!.requestId).toBe(madeUp);
  });

  it("names a token as the actor, and keeps the target's name and ID after it is deleted", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    const { token } = await createAccessToken(admin, { name: "CI" });
    const integration = server.client().withToken(token);
    const service = (await integration.ok(CREATE_SERVICE, { input: { name: "Via token" } })).createService.service;
    await integration.ok(`mutation($id: ID!) { deleteService(input: { id: $id }) { deletedServiceId } }`, { id: service.id });
    const entries = (await log(admin, { targetId: service.id })).nodes;
    expect(entries.map((e) => [e.event, e.actorKind, e.actorName, e.targetId])).toEqual([
      ["service.deleted", "TOKEN", `${acme.admin.email} (access token)`, service.id],
      ["service.created", "TOKEN", `${acme.admin.email} (access token)`, service.id],
    ]);
    expect((await log(admin, { event: "access_token.created" })).nodes[0]).toMatchObject({ actorKind: "USER", summary: 'Created the access token "CI" (read-write: ACCOUNT_MANAGEMENT).' });
  });

  it("keeps nothing of a mutation that rolled back", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    // The service is created, then the request fails (a path longer than matchPath takes): all of it rolls back.
    const failed = await admin.gql(
      `mutation($input: CreateServiceInput!, $path: String!) { createService(input: $input) { service { id matchPath(httpMethod: GET, path: $path) { increments { value } } } } }`,
      { input: { name: "Rolled back" }, path: `/${"x".repeat(9000)}` },
    );
    expect(failed.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect((await admin.ok(`{ services { nodes { name } } }`)).services.nodes.map((s: { name: string }) => s.name)).not.toContain("Rolled back");
    expect((await log(admin, { search: "Rolled back" })).totalCount).toBe(0);
  });

  it("filters by event, actor, time and text; the log's own entries are append-only", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    const before = new Date().toISOString();
    const a = (await admin.ok(CREATE_SERVICE, { input: { name: "Filter A" } })).createService.service;
    await admin.ok(UPDATE_SERVICE, { input: { id: a.id, name: "Filter B" } });
    const after = new Date().toISOString();
    expect((await log(admin, { event: "service.updated" })).nodes.map((e) => e.summary)).toEqual(['Changed the service "Filter B".']);
    expect((await log(admin, { event: "service", targetId: a.id })).nodes.map((e) => e.event)).toEqual(["service.updated", "service.created"]);
    expect((await log(admin, { search: "filter b" })).totalCount).toBe(1);
    // The tenant's first service was made by its setup, these two by the admin.
    expect((await log(admin, { actorId: acme.admin.id, event: "service" })).totalCount).toBe(2);
    const withinRange = await log(admin, { from: before, to: after });
    expect(withinRange.nodes.every((e) => e.event !== "tenant.created")).toBe(true);
    expect(withinRange.nodes.map((e) => e.event)).toContain("service.created");
    expect((await log(admin, { from: after })).nodes.filter((e) => e.event.startsWith("service")).length).toBe(0);
    // An ID of the wrong kind, or no ID at all, names nothing.
    expect((await log(admin, { actorId: a.id })).totalCount).toBe(0);
    expect((await log(admin, { targetId: "nonsense" })).totalCount).toBe(0);

    const tenantId = rowIdOf(acme.tenant.id, "Tenant")!;
    for (const statement of [sql`update audit_entries set summary = 'forged'`, sql`delete from audit_entries`]) {
      const refusal = await inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) => tx.execute(statement)).then(
        () => null,
        (error: Error & { cause?: Error }) => error.cause?.message ?? error.message,
      );
      expect(refusal).toMatch(/permission denied/);
    }
  });

  it("records sign-ins, sign-outs, password changes and a tenant's creation in both the operator's and the tenant's log", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    await admin.ok(`mutation { changePassword(input: { currentPassword: "tenant-admin-password", newPassword: "a-new-password-2026" }) { userErrors { code } } }`);
    await admin.ok(`mutation { logout { loggedOut } }`);
    const again = server.client();
    await again.login({ tenant: acme.tenant.subdomain, email: acme.admin.email, password: "a-new-password-2026" });
    const events = (await log(again, { event: "user" })).nodes.map((e) => e.event);
    expect(events).toEqual(["user.signed_in", "user.signed_out", "user.password_changed", "user.signed_in"]);
    const tenantCreated = (await log(again, { event: "tenant.created" })).nodes;
    expect(tenantCreated).toEqual([expect.objectContaining({ actorKind: "SYSTEM", actorName: "tenant setup", targetType: "Tenant" })]);

    const master = await server.master();
    const operator = await log(master, { event: "tenant.created", targetId: acme.tenant.id });
    // The master sees every tenant's log: the tenant's own entry and the operator's.
    expect(operator.nodes.map((e) => [e.actorKind, (e as unknown as { tenant: { subdomain: string } }).tenant.subdomain])).toEqual([
      ["USER", "master"],
      ["SYSTEM", acme.tenant.subdomain],
    ]);
  });

  it("records a session ended through another user's cookie against that user, and gives refusals a request ID too", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    const { token } = await createAccessToken(admin, { name: "ops" });
    const member = await createMember(server, acme.tenant);
    // The bearer token authenticates the admin; the cookie names the member's session, which is the one ended.
    const mixed = server.client().withToken(token);
    mixed.cookie = member.cookie;
    expect((await mixed.ok(`mutation { logout { loggedOut } }`)).logout.loggedOut).toBe(true);
    const [entry] = (await log(admin, { event: "user.signed_out" })).nodes;
    expect(entry).toMatchObject({ actorKind: "TOKEN", actorName: `${acme.admin.email} (access token)`, summary: expect.stringMatching(/^Ended a session of member-.+@example\.com\.$/) });

    const refused = await fetch(`${server.url}/graphql`, { method: "POST", headers: { "content-type": "application/json", "x-request-id": "req-refused-01" }, body: "{not json" });
    expect(refused.status).toBe(400);
    expect(refused.headers.get("x-request-id")).toBe("req-refused-01");
  });

  it("is for admins: members and tokens without the account management scope are refused; tenants see only their own", async () => {
    const acme = await createTenant(server);
    const admin = await acme.login();
    await admin.ok(CREATE_SERVICE, { input: { name: "Private" } });
    const member = await createMember(server, acme.tenant);
    expect((await member.gql(LOG, {})).errors?.[0]).toMatchObject({ extensions: { code: "FORBIDDEN" }, message: expect.stringMatching(/only for admins/) });
    const { token: reader } = await createAccessToken(admin, { permission: "READ_ONLY" });
    expect((await server.client().withToken(reader).ok(LOG, { filter: { event: "service", search: "Private" } })).auditLog.totalCount).toBe(1);
    const { token: billing } = await createAccessToken(admin, { scopes: ["BILLING"] });
    expect((await server.client().withToken(billing).gql(LOG, {})).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const stranger = await (await createTenant(server)).login();
    expect((await log(stranger, { search: "Private" })).totalCount).toBe(0);
    const anyEntry = (await admin.ok(`{ auditLog(first: 1) { nodes { id } } }`)).auditLog.nodes[0].id;
    expect((await stranger.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: anyEntry })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect((await admin.ok(`query($id: ID!) { node(id: $id) { ... on AuditEntry { event } } }`, { id: anyEntry })).node.event).toBeTruthy();
  });
});
