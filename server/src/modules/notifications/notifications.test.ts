import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { WebSocket } from "ws";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf } from "../../graphql/node.js";
import { bootstrap } from "../../bootstrap.js";
import { createLogger } from "../../config/logger.js";
import { app as composition } from "../registry.js";
import { emit } from "../events/events.service.js";
import { createUser } from "../team/user.service.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { service { id name } userErrors { code } } }`;
const DELETE_SERVICE = `mutation($id: ID!) { deleteService(input: { id: $id }) { userErrors { code message } } }`;
const LIST = `query($filter: NotificationFilter) { unreadNotificationCount notifications(first: 50, filter: $filter) { totalCount nodes { id type category title summary targetType targetId targetName read readAt } } }`;
const MARK = `mutation($input: MarkNotificationsReadInput!) { markNotificationsRead(input: $input) { markedCount unreadCount userErrors { code message field } } }`;
const PREFS = `{ notificationPreferences { type category title email emailByDefault } }`;
const UPDATE_PREFS = `mutation($input: UpdateNotificationPreferencesInput!) { updateNotificationPreferences(input: $input) { preferences { type email } userErrors { code field } } }`;
const OUTBOX = `query($filter: OutboxMessageFilter) { outbox(first: 50, filter: $filter) { totalCount nodes { id type toAddress subject textBody htmlBody status attempts nextAttemptAt sentAt lastError } } }`;

/** A tenant with two admins and members of various rights. */
async function teamOf(target: TestServer = server) {
  const t = await createTenant(target);
  const tenantId = rowIdOf(t.tenant.id, "Tenant")!;
  const admin = await t.login();
  const user = async (role: "ADMIN" | "MEMBER", areas: string[] = [], serviceIds: string[] | null = null) => {
    const email = `${role.toLowerCase()}-${randomBytes(3).toString("hex")}@example.com`;
    const password = "team-password-123";
    const row = await inTenantTransaction(target.database.db, { tenantId, master: false }, async (tx) => {
      const created = (await createUser(tx, { tenantId, email, password, role }))!;
      await tx.execute(sql`update users set member_areas = ${`{${areas.join(",")}}`}::text[], member_service_ids = ${serviceIds === null ? null : `{${serviceIds.join(",")}}`}::uuid[] where id = ${created.id}`);
      return created;
    });
    const client = target.client();
    await client.login({ tenant: t.tenant.subdomain, email, password });
    return { client, email, id: row.id };
  };
  return { ...t, tenantId, adminUser: t.admin, admin, user };
}

async function createService(client: TestClient, name = `Svc ${randomBytes(3).toString("hex")}`) {
  const data = await client.ok(CREATE_SERVICE, { input: { name } });
  return data.createService.service as { id: string; name: string };
}

/** Collects what `notificationReceived` pushes to the client, until stopped. */
function watch(client: TestClient) {
  const ws = createClient({
    url: `${server.url.replace("http", "ws")}/graphql`,
    retryAttempts: 0,
    lazy: true,
    webSocketImpl: class extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols, { headers: { cookie: client.cookie! } });
      }
    },
  });
  const received: any[] = [];
  const iterator = ws.iterate({ query: `subscription { notificationReceived { type targetName read } }` });
  const done = (async () => {
    for await (const result of iterator) received.push(result);
  })();
  return { received, stop: async () => (await iterator.return?.(), await ws.dispose(), await done.catch(() => {})) };
}

const list = async (client: TestClient, filter: object = {}) => (await client.ok(LIST, { filter })) as { unreadNotificationCount: number; notifications: { totalCount: number; nodes: any[] } };

describe("notifications", () => {
  it("go to exactly the users who may see them: admins, members of the area and product; not the actor", async () => {
    const team = await teamOf();
    const other = await team.user("ADMIN");
    const one = await createService(team.admin, "Payments API");
    const two = await createService(team.admin, "Maps API");
    const partnersAll = await team.user("MEMBER", ["PARTNERS"]);
    const partnersOne = await team.user("MEMBER", ["PARTNERS"], [rowIdOf(one.id, "Service")!]);
    const financeOnly = await team.user("MEMBER", ["FINANCE"]);

    await team.admin.ok(DELETE_SERVICE, { id: one.id });
    await team.admin.ok(DELETE_SERVICE, { id: two.id });

    const titles = async (client: TestClient) => (await list(client)).notifications.nodes.map((n) => n.targetName).sort();
    expect(await titles(team.admin)).toEqual([]);
    expect(await titles(other.client)).toEqual(["Maps API", "Payments API"]);
    expect(await titles(partnersAll.client)).toEqual(["Maps API", "Payments API"]);
    expect(await titles(partnersOne.client)).toEqual(["Payments API"]);
    expect(await titles(financeOnly.client)).toEqual([]);

    const seen = await list(other.client);
    expect(seen.unreadNotificationCount).toBe(2);
    expect(seen.notifications.nodes[0]).toMatchObject({
      type: "SERVICE_DELETED",
      category: "SERVICE_SUBSCRIPTIONS",
      title: "Product deleted",
      summary: `The product "Maps API" was deleted by ${team.adminUser.email}, with its metrics, mapping rules and plans.`,
      targetType: "Service",
      targetId: two.id,
      read: false,
      readAt: null,
    });
    // Another tenant sees none of it.
    const stranger = await teamOf();
    expect((await list(stranger.admin)).notifications.totalCount).toBe(0);
    // A notification is its user's alone, also through node(id:).
    const id = seen.notifications.nodes[0].id as string;
    const asOther = await partnersAll.client.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
    expect(asOther.errors?.map((e) => e.extensions.code)).toEqual(["NOT_FOUND"]);
    expect((await other.client.ok(`query($id: ID!) { node(id: $id) { ... on Notification { summary } } }`, { id })).node.summary).toContain("Maps API");
  });

  it("are marked read one by one or all at once, only the user's own; bad input is a userError", async () => {
    const team = await teamOf();
    const reader = await team.user("ADMIN");
    for (let i = 0; i < 3; i++) await team.admin.ok(DELETE_SERVICE, { id: (await createService(team.admin)).id });
    const before = await list(reader.client);
    expect(before.unreadNotificationCount).toBe(3);
    const [first] = before.notifications.nodes;

    // Someone else's id changes nothing of theirs.
    const third = await team.user("ADMIN");
    const foreign = await third.client.ok(MARK, { input: { ids: [first.id] } });
    expect(foreign.markNotificationsRead).toEqual({ markedCount: 0, unreadCount: 0, userErrors: [] });
    expect((await list(reader.client)).unreadNotificationCount).toBe(3);

    expect((await reader.client.ok(MARK, { input: { ids: [first.id, "not-an-id"] } })).markNotificationsRead).toEqual({ markedCount: 1, unreadCount: 2, userErrors: [] });
    // Marking again changes nothing.
    expect((await reader.client.ok(MARK, { input: { ids: [first.id] } })).markNotificationsRead.markedCount).toBe(0);
    expect((await list(reader.client, { unread: true })).notifications.totalCount).toBe(2);
    expect((await list(reader.client, { unread: false })).notifications.nodes.map((n) => n.id)).toEqual([first.id]);
    expect((await list(reader.client, { categories: ["BILLING"] })).notifications.totalCount).toBe(0);
    expect((await list(reader.client, { types: ["SERVICE_DELETED"] })).notifications.totalCount).toBe(3);

    for (const input of [{}, { ids: [first.id], all: true }, { all: false }]) {
      const bad = await reader.client.ok(MARK, { input });
      expect(bad.markNotificationsRead.userErrors.map((e: { code: string }) => e.code)).toEqual(["INVALID"]);
    }
    const tooMany = await reader.client.ok(MARK, { input: { ids: Array.from({ length: 251 }, () => first.id) } });
    expect(tooMany.markNotificationsRead.userErrors.map((e: { code: string }) => e.code)).toEqual(["TOO_MANY"]);

    expect((await reader.client.ok(MARK, { input: { all: true } })).markNotificationsRead).toEqual({ markedCount: 2, unreadCount: 0, userErrors: [] });
    // Members mark their own too (a personal mutation).
    const member = await team.user("MEMBER", ["PARTNERS"]);
    await team.admin.ok(DELETE_SERVICE, { id: (await createService(team.admin)).id });
    expect((await member.client.ok(MARK, { input: { all: true } })).markNotificationsRead.markedCount).toBe(1);
  });

  it("are not written when the change rolls back, and are exactly one per recipient when it commits", async () => {
    const team = await teamOf();
    const other = await team.user("ADMIN");
    const actor = { kind: "user" as const, tenantId: team.tenantId, master: false, userId: rowIdOf(team.adminUser.id, "User")!, tokenId: null };
    const event = { type: "service", action: "deleted", target: { type: "Service", id: team.tenantId, name: "Ghost" }, summary: "Gone.", notify: { type: "SERVICE_DELETED" as const } };
    await expect(
      inTenantTransaction(server.database.db, { tenantId: team.tenantId, master: false }, async (tx) => {
        await emit(tx, actor, event);
        throw new Error("the change failed after the event");
      }),
    ).rejects.toThrow("the change failed");
    expect((await list(other.client)).notifications.totalCount).toBe(0);
    const outbox = async () => (await team.admin.ok(OUTBOX)).outbox.totalCount as number;
    expect(await outbox()).toBe(0);

    await inTenantTransaction(server.database.db, { tenantId: team.tenantId, master: false }, (tx) => emit(tx, actor, event));
    expect((await list(other.client)).notifications.totalCount).toBe(1);
    expect((await list(team.admin)).notifications.totalCount).toBe(0);
    expect(await outbox()).toBe(1);
  });

  it("email preferences: defaults, changes, only types of one's areas; mail follows them and stays HELD without SMTP", async () => {
    const team = await teamOf();
    const other = await team.user("ADMIN");
    const member = await team.user("MEMBER", ["PARTNERS"]);

    const adminPrefs = (await other.client.ok(PREFS)).notificationPreferences as { type: string; email: boolean; emailByDefault: boolean }[];
    expect(adminPrefs.map((p) => p.type)).toContain("INVOICES_TO_REVIEW");
    expect(adminPrefs.every((p) => p.email === p.emailByDefault)).toBe(true);
    const memberPrefs = (await member.client.ok(PREFS)).notificationPreferences as { type: string; category: string }[];
    expect(new Set(memberPrefs.map((p) => p.category))).toEqual(new Set(["ACCOUNTS", "APPLICATIONS", "SERVICE_SUBSCRIPTIONS", "REPORTS"]));

    const refused = await member.client.ok(UPDATE_PREFS, { input: { preferences: [{ type: "SERVICE_DELETED", email: false }, { type: "INVOICES_TO_REVIEW", email: true }] } });
    expect(refused.updateNotificationPreferences).toEqual({ preferences: null, userErrors: [{ code: "NOT_ALLOWED", field: ["input", "preferences", "1", "type"] }] });
    const twice = await member.client.ok(UPDATE_PREFS, { input: { preferences: [{ type: "SERVICE_DELETED", email: false }, { type: "SERVICE_DELETED", email: true }] } });
    expect(twice.updateNotificationPreferences.userErrors.map((e: { code: string }) => e.code)).toEqual(["DUPLICATE"]);
    const changed = await member.client.ok(UPDATE_PREFS, { input: { preferences: [{ type: "SERVICE_DELETED", email: false }] } });
    expect(changed.updateNotificationPreferences.preferences).toContainEqual({ type: "SERVICE_DELETED", email: false });
    expect((await member.client.ok(PREFS)).notificationPreferences).toContainEqual(expect.objectContaining({ type: "SERVICE_DELETED", email: false }));

    const service = await createService(team.admin, "Mail API");
    await team.admin.ok(DELETE_SERVICE, { id: service.id });
    // Both see it in the admin; only the admin who kept the default gets mail.
    expect((await list(member.client)).notifications.totalCount).toBe(1);
    const outbox = (await team.admin.ok(OUTBOX)).outbox;
    expect(outbox.totalCount).toBe(1);
    const [mail] = outbox.nodes;
    expect(mail).toMatchObject({ type: "SERVICE_DELETED", toAddress: other.email, status: "HELD", attempts: 0, nextAttemptAt: null, sentAt: null });
    expect(mail.subject).toBe(`[${(await team.admin.ok(`{ viewer { tenant { name } } }`)).viewer.tenant.name}] Product deleted`);
    expect(mail.textBody).toContain('The product "Mail API" was deleted');
    expect(mail.textBody).toContain("/notifications");
    expect(mail.textBody).toContain("/settings/notifications");
    expect(mail.htmlBody).toContain("&quot;Mail API&quot;");
    expect((await team.admin.ok(OUTBOX, { filter: { statuses: ["SENT"] } })).outbox.totalCount).toBe(0);
    expect((await team.admin.ok(OUTBOX, { filter: { search: other.email } })).outbox.totalCount).toBe(1);
    // The outbox is for admins.
    const asMember = await member.client.gql(OUTBOX);
    expect(asMember.errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    // Preference changes are in the audit log.
    const audit = await team.admin.ok(`{ auditLog(first: 5, filter: { event: "notification_preferences" }) { nodes { summary actor { email } } } }`);
    expect(audit.auditLog.nodes).toEqual([{ summary: "Changed email notifications: SERVICE_DELETED: no email.", actor: { email: member.email } }]);
  });

  it("tell whoever started a bulk operation that it finished, and no one else", async () => {
    const team = await teamOf();
    const other = await team.user("ADMIN");
    for (const name of ["one", "two"]) await team.admin.ok(`mutation($name: String!) { createAccessToken(input: { name: $name, scopes: [ANALYTICS], permission: READ_ONLY }) { accessToken { id } } }`, { name });
    const started = await team.admin.ok(`mutation { revokeAccessTokens(input: { filter: {} }) { job { id } } }`);
    const jobId = started.revokeAccessTokens.job.id as string;
    const until = Date.now() + 10_000;
    let mine = await list(team.admin);
    while (mine.notifications.totalCount === 0 && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      mine = await list(team.admin);
    }
    expect(mine.notifications.nodes).toEqual([
      expect.objectContaining({ type: "BULK_OPERATION_FINISHED", category: "REPORTS", title: "Bulk operation finished", targetType: "Job", targetId: jobId, summary: "The bulk operation team.revokeAccessTokens finished: 2 of 2 items done." }),
    ]);
    expect((await list(other.client)).notifications.totalCount).toBe(0);
    const audit = await team.admin.ok(`query($id: ID!) { auditLog(first: 5, filter: { targetId: $id }) { nodes { event actorKind actor { email } } } }`, { id: jobId });
    expect(audit.auditLog.nodes).toContainEqual({ event: "job.finished", actorKind: "SYSTEM", actor: { email: team.adminUser.email } });
  });

  it("lists notifications and the outbox, and fans an event out to any number of users, in a constant number of statements", async () => {
    const team = await teamOf();
    const reader = await team.user("ADMIN");
    const services: { id: string }[] = [];
    for (let i = 0; i < 8; i++) services.push(await createService(team.admin));
    const count = async (run: () => Promise<unknown>) => {
      const before = server.database.statementCount;
      await run();
      return server.database.statementCount - before;
    };
    // Deleting with one recipient, then with four more: the same statements.
    const withOne = await count(() => team.admin.ok(DELETE_SERVICE, { id: services[0]!.id }));
    for (let i = 0; i < 4; i++) await team.user(i % 2 ? "ADMIN" : "MEMBER", ["PARTNERS"]);
    const withFive = await count(() => team.admin.ok(DELETE_SERVICE, { id: services[1]!.id }));
    expect(withFive).toBe(withOne);
    for (const s of services.slice(2)) await team.admin.ok(DELETE_SERVICE, { id: s.id });

    const page = `query($n: Int) { unreadNotificationCount notifications(first: $n) { totalCount nodes { id type category title read targetId } } }`;
    const listing = (n: number) => count(async () => expect((await reader.client.ok(page, { n })).notifications.nodes).toHaveLength(n));
    expect(await listing(8)).toBe(await listing(2));
    const outbox = `query($n: Int) { outbox(first: $n) { totalCount nodes { id toAddress status } } }`;
    const outboxListing = (n: number) => count(async () => expect((await team.admin.ok(outbox, { n })).outbox.nodes).toHaveLength(n));
    expect(await outboxListing(8)).toBe(await outboxListing(2));
  });

  it("are read through an access token with the ACCOUNT_MANAGEMENT scope only", async () => {
    const team = await teamOf();
    const reader = await team.user("ADMIN");
    await team.admin.ok(DELETE_SERVICE, { id: (await createService(team.admin)).id });
    const tokenOf = async (scopes: string[]) =>
      (await reader.client.ok(`mutation($scopes: [AccessTokenScope!]!) { createAccessToken(input: { name: "n", scopes: $scopes, permission: READ_ONLY }) { token } }`, { scopes })).createAccessToken.token as string;
    const billing = server.client().withToken(await tokenOf(["BILLING"]));
    const refused = await billing.gql(`{ unreadNotificationCount }`);
    expect(refused.errors?.map((e) => e.extensions.code)).toEqual(["FORBIDDEN"]);
    const accounts = server.client().withToken(await tokenOf(["ACCOUNT_MANAGEMENT"]));
    expect((await accounts.ok(`{ unreadNotificationCount }`)).unreadNotificationCount).toBe(1);
  });

  it("the demo seed leaves the demo team notifications to read and held mail", async () => {
    const seed = () => bootstrap(composition, server.config, createLogger(server.config), server.database, { demo: true });
    const { logins } = await seed();
    const clientOf = async (role: string) => {
      const login = logins.find((l) => l.tenant && l.role === role)!;
      const c = server.client();
      await c.login({ tenant: login.tenant!, email: login.email, password: login.password });
      return c;
    };
    const admin = await clientOf("ADMIN");
    const member = await clientOf("MEMBER");
    const legacy = (client: TestClient) => list(client).then((l) => l.notifications.nodes.filter((n) => n.targetName === "Legacy SMS API").length);
    expect(await legacy(admin)).toBe(1);
    expect(await legacy(member)).toBe(1);
    const held = async () => (await admin.ok(OUTBOX, { filter: { statuses: ["HELD"] } })).outbox.totalCount;
    expect(await held()).toBe(2);
    await seed();
    expect(await legacy(admin)).toBe(1);
    expect(await held()).toBe(2);
  });

  it("are pushed live to each recipient over the subscription", async () => {
    const team = await teamOf();
    const other = await team.user("ADMIN");
    const stranger = await team.user("MEMBER", ["FINANCE"]);
    const mine = watch(other.client);
    const theirs = watch(stranger.client);
    // Let both subscriptions start before the change.
    await new Promise((resolve) => setTimeout(resolve, 300));
    const service = await createService(team.admin, "Live API");
    await team.admin.ok(DELETE_SERVICE, { id: service.id });
    const until = Date.now() + 5_000;
    while (mine.received.length === 0 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await mine.stop();
    await theirs.stop();
    expect(mine.received).toEqual([{ data: { notificationReceived: { type: "SERVICE_DELETED", targetName: "Live API", read: false } } }]);
    expect(theirs.received).toEqual([]);
  });
});

describe.skipIf(!process.env.TEST_DATABASE_URL)("notifications of concurrent transactions (PostgreSQL)", () => {
  it("are all pushed, also one whose transaction began first and committed last", async () => {
    const team = await teamOf();
    const other = await team.user("ADMIN");
    const live = watch(other.client);
    await new Promise((resolve) => setTimeout(resolve, 300));
    const actor = { kind: "user" as const, tenantId: team.tenantId, master: false, userId: rowIdOf(team.adminUser.id, "User")!, tokenId: null };
    const event = (name: string) => ({ type: "service", action: "deleted", target: { type: "Service", id: team.tenantId, name }, summary: "Gone.", notify: { type: "SERVICE_DELETED" as const } });
    let release!: () => void;
    const held = new Promise<void>((resolve) => (release = resolve));
    const slow = inTenantTransaction(server.database.db, { tenantId: team.tenantId, master: false }, async (tx) => {
      await emit(tx, actor, event("Early"));
      await held;
    });
    await new Promise((resolve) => setTimeout(resolve, 100));
    await inTenantTransaction(server.database.db, { tenantId: team.tenantId, master: false }, (tx) => emit(tx, actor, event("Late")));
    const until = Date.now() + 5_000;
    while (live.received.length < 1 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    release();
    await slow;
    while (live.received.length < 2 && Date.now() < until) await new Promise((resolve) => setTimeout(resolve, 20));
    await live.stop();
    expect(live.received.map((r) => r.data.notificationReceived.targetName)).toEqual(["Late", "Early"]);
  });
});
