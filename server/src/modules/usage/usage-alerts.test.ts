import { periodStart } from "@gatehouse/schema/usage";
import { and, eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { until } from "../../../test/server-process.js";
import { rowIdOf } from "../../graphql/node.js";
import { deleteOldMinuteCounters } from "./usage-recorder.js";
import { applications } from "../applications/applications.tables.js";
import { usageCounters } from "./usage.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ALERTS = `query($filter: UsageAlertFilter) { alerts(first: 20, filter: $filter) { totalCount nodes { id kind level period max current readAt raisedAt application { id name } account { id } service { id } metric { systemName } } } }`;
const MARK = `mutation($input: MarkAlertsReadInput!) { markAlertsRead(input: $input) { alerts { id readAt } userErrors { code field message } } }`;
const DELETE = `mutation($input: DeleteAlertsInput!) { deleteAlerts(input: $input) { deletedAlertIds userErrors { code field message } } }`;

interface Setup {
  admin: TestClient;
  serviceId: string;
  hitsId: string;
  token: string;
  app: { id: string; userKey: string };
  developerEmail: string;
}

async function setup(hitsPerMinute: number): Promise<Setup> {
  const t = await createTenant(server);
  const admin = await t.login();
  const developerEmail = `dev-${Date.now()}@example.com`;
  const acc = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
    input: { orgName: "Shoe Shop", email: developerEmail },
  });
  const services = await admin.ok(`{ services(first: 1) { nodes { id metrics { id systemName } applicationPlans(first: 5) { nodes { id name } } } } }`);
  const service = services.services.nodes[0];
  const hitsId = service.metrics.find((m: { systemName: string }) => m.systemName === "hits").id;
  const plan = service.applicationPlans.nodes.find((p: { name: string }) => p.name === "Basic");
  await admin.ok(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { usageLimit { id } } }`, {
    input: { planId: plan.id, metricId: hitsId, period: "MINUTE", value: String(hitsPerMinute) },
  });
  const app = await admin.ok(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id userKey } } }`, {
    input: { accountId: acc.createAccount.account.id, serviceId: service.id, planId: plan.id, name: "Storefront" },
  });
  const token = await admin.ok(`mutation($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token } }`, { input: { serviceId: service.id, name: "gw" } });
  return { admin, serviceId: service.id, hitsId, token: token.createServiceToken.token, app: app.createApplication.application, developerEmail };
}

async function authrep(s: Setup, at: Date) {
  const res = await fetch(`${server.url}/api/usage/authrep`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ credentials: { userKey: s.app.userKey }, usage: { hits: 1 }, timestamp: at.toISOString() }),
  });
  return res.status;
}

async function alertsOf(s: Setup, filter: Record<string, unknown> = {}) {
  return (await s.admin.ok(ALERTS, { filter })).alerts as { totalCount: number; nodes: Record<string, any>[] };
}

describe("usage alerts", () => {
  it("are emailed to the developer account's admins when the product says so, and only then", async () => {
    const s = await setup(10);
    const mails = async () =>
      (await s.admin.ok(`{ outbox(first: 20) { nodes { toAddress subject textBody } } }`)).outbox.nodes.filter((m: { subject: string }) => m.subject.includes("usage limit"));
    const at = new Date();
    for (let i = 0; i < 5; i++) expect(await authrep(s, at)).toBe(200);
    await until("the 50 % alert", async () => (await alertsOf(s)).totalCount === 1, 10_000);
    expect(await mails()).toEqual([]);

    const on = await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { emailDevelopersOnUsageAlerts } userErrors { code } } }`, {
      input: { id: s.serviceId, emailDevelopersOnUsageAlerts: true },
    });
    expect(on.updateService).toEqual({ service: { emailDevelopersOnUsageAlerts: true }, userErrors: [] });
    for (let i = 0; i < 5; i++) expect(await authrep(s, at)).toBe(200);
    await until("the 80, 90 and 100 % alerts", async () => (await alertsOf(s)).totalCount === 4, 10_000);
    const sent = await mails();
    expect(sent.map((m: { toAddress: string; subject: string }) => [m.toAddress, m.subject.replace(/^\[.*?\] /, "")]).sort()).toEqual([
      [s.developerEmail, "Storefront reached 100 % of a usage limit"],
      [s.developerEmail, "Storefront used 80 % of a usage limit"],
      [s.developerEmail, "Storefront used 90 % of a usage limit"],
    ]);
    expect(sent.find((m: { subject: string }) => m.subject.includes("100 %")).textBody).toContain("Your application Storefront on API has used 10 of 10 hits per minute (100 % of the limit).");
  });

  it("are raised by reported usage too: a report counts against the limits it does not check", async () => {
    const s = await setup(10);
    const at = new Date();
    const report = async (calls: number) => {
      const res = await fetch(`${server.url}/api/usage/report`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
        body: JSON.stringify({ transactions: Array.from({ length: calls }, () => ({ credentials: { userKey: s.app.userKey }, usage: { hits: 1 }, timestamp: at.toISOString() })) }),
      });
      expect(res.status).toBe(200);
    };
    await report(6);
    await until("the 50 % alert", async () => (await alertsOf(s)).totalCount === 1, 10_000);
    expect((await alertsOf(s)).nodes[0]).toMatchObject({ kind: "ALERT", level: 50, period: "MINUTE", max: "10", current: "6" });
    // Past the limit (reports are not refused): the violation, at the highest level reached.
    await report(10);
    await until("the 150 % violation", async () => (await alertsOf(s)).totalCount === 2, 10_000);
    expect((await alertsOf(s)).nodes.map((a) => [a.kind, a.level, a.current])).toContainEqual(["VIOLATION", 150, "16"]);
  });

  it("are raised once per level as the most-used limit crosses 50, 80, 90 and 100 %, and tell the team", async () => {
    const s = await setup(10);
    const at = new Date();
    const levelsAfter = async (calls: number, expected: number[]) => {
      for (let i = 0; i < calls; i++) await authrep(s, at);
      await until(`alerts at ${expected.join(", ")}`, async () => (await alertsOf(s)).totalCount === expected.length, 10_000);
      expect((await alertsOf(s)).nodes.map((a) => a.level).sort((a, b) => a - b)).toEqual(expected);
    };
    await levelsAfter(4, []);
    await levelsAfter(1, [50]);
    await levelsAfter(3, [50, 80]);
    await levelsAfter(1, [50, 80, 90]);
    await levelsAfter(1, [50, 80, 90, 100]);
    // Refused calls keep it at 100 %: no second alert of that level.
    expect(await authrep(s, at)).toBe(409);
    expect(await authrep(s, at)).toBe(409);
    await new Promise((resolve) => setTimeout(resolve, 200));
    const { nodes } = await alertsOf(s);
    expect(nodes).toHaveLength(4);
    const violation = nodes.find((a) => a.level === 100)!;
    expect(violation).toMatchObject({
      kind: "VIOLATION",
      period: "MINUTE",
      max: "10",
      current: "10",
      readAt: null,
      application: { id: s.app.id, name: "Storefront" },
      service: { id: s.serviceId },
      metric: { systemName: "hits" },
    });
    expect(nodes.find((a) => a.level === 50)!.kind).toBe("ALERT");
    const notifications = await s.admin.ok(`{ notifications(first: 20) { nodes { type summary } } }`);
    const types = notifications.notifications.nodes.map((n: { type: string }) => n.type);
    expect(types.filter((t: string) => t === "USAGE_LIMIT_ALERT")).toHaveLength(3);
    expect(types.filter((t: string) => t === "USAGE_LIMIT_VIOLATION")).toHaveLength(1);
    expect(notifications.notifications.nodes.find((n: { type: string }) => n.type === "USAGE_LIMIT_VIOLATION").summary).toBe(
      '"Storefront" of "Shoe Shop" reached 100 % of a limit of "API": 10 of 10 hits per minute.',
    );
  });

  it("are marked read and unread, filtered, and deleted, within the tenant only", async () => {
    const s = await setup(2);
    const other = await setup(2);
    const at = new Date();
    for (const x of [s, other]) {
      await authrep(x, at);
      await authrep(x, at);
      await until("two alerts", async () => (await alertsOf(x)).totalCount === 2, 10_000);
    }
    const [first, second] = (await alertsOf(s)).nodes;
    const [foreign] = (await alertsOf(other)).nodes;
    const marked = await s.admin.ok(MARK, { input: { ids: [first!.id, foreign!.id] } });
    expect(marked.markAlertsRead.alerts).toEqual([{ id: first!.id, readAt: expect.any(String) }]);
    expect(marked.markAlertsRead.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "ids", "1"], message: "No such usage alert." }]);
    expect((await alertsOf(s, { unread: true })).nodes.map((a) => a.id)).toEqual([second!.id]);
    expect((await alertsOf(s, { unread: false })).nodes.map((a) => a.id)).toEqual([first!.id]);
    expect((await alertsOf(s, { kinds: ["VIOLATION"] })).nodes.map((a) => a.level)).toEqual([100]);
    expect((await alertsOf(s, { application: s.app.id })).totalCount).toBe(2);
    expect((await alertsOf(s, { service: other.serviceId })).totalCount).toBe(0);
    const unread = await s.admin.ok(MARK, { input: { ids: [first!.id], read: false } });
    expect(unread.markAlertsRead.alerts).toEqual([{ id: first!.id, readAt: null }]);
    const tooMany = await s.admin.ok(MARK, { input: { ids: Array.from({ length: 101 }, () => first!.id) } });
    expect(tooMany.markAlertsRead.userErrors[0].code).toBe("TOO_MANY");
    const deleted = await s.admin.ok(DELETE, { input: { ids: [first!.id, foreign!.id, "garbage"] } });
    expect(deleted.deleteAlerts.deletedAlertIds).toEqual([first!.id]);
    expect(deleted.deleteAlerts.userErrors.map((e: { field: string[] }) => e.field)).toEqual([
      ["input", "ids", "1"],
      ["input", "ids", "2"],
    ]);
    expect((await alertsOf(s)).totalCount).toBe(1);
    expect((await alertsOf(other)).totalCount).toBe(2);
  });
});

describe("minute counters", () => {
  it("are pruned after 48 hours; the other periods stay", async () => {
    const s = await setup(1000);
    const old = new Date(Date.now() - 49 * 3600_000);
    const recent = new Date(Date.now() - 47 * 3600_000);
    const applicationId = rowIdOf(s.app.id, "Application")!;
    const metricId = rowIdOf(s.hitsId, "Metric")!;
    const [app] = await server.database.db.select({ tenantId: applications.tenantId }).from(applications).where(eq(applications.id, applicationId));
    const row = (period: "MINUTE" | "DAY", at: Date) => ({ tenantId: app!.tenantId, applicationId, metricId, period, periodStart: periodStart(period, at), value: 1 });
    await server.database.db.insert(usageCounters).values([row("MINUTE", old), row("MINUTE", recent), row("DAY", old)]);
    expect(await deleteOldMinuteCounters(server.database.db)).toBeGreaterThanOrEqual(1);
    const left = await server.database.db
      .select({ period: usageCounters.period, start: usageCounters.periodStart })
      .from(usageCounters)
      .where(and(eq(usageCounters.applicationId, applicationId)));
    expect(left.map((r) => r.period).sort()).toEqual(["DAY", "MINUTE"]);
    expect(left.find((r) => r.period === "MINUTE")!.start.getTime()).toBe(periodStart("MINUTE", recent).getTime());
  });
});

describe("the usage batch", () => {
  it("writes the other calls of a batch when one of them cannot be written (its application deleted meanwhile)", async () => {
    const s = await setup(1000);
    const { UsageRecorder } = await import("./usage-recorder.js");
    const { createLogger } = await import("../../config/logger.js");
    const recorder = new UsageRecorder(server.database.db, createLogger(server.config));
    const applicationId = rowIdOf(s.app.id, "Application")!;
    const metricId = rowIdOf(s.hitsId, "Metric")!;
    const [app] = await server.database.db.select({ tenantId: applications.tenantId, accountId: applications.accountId, serviceId: applications.serviceId }).from(applications).where(eq(applications.id, applicationId));
    const call = (id: string) => ({ tenantId: app!.tenantId, serviceId: app!.serviceId, applicationId: id, accountId: app!.accountId, tokenId: null, at: new Date(), usage: new Map([[metricId, 1]]) });
    const [good, bad] = await Promise.allSettled([recorder.record([call(applicationId)]), recorder.record([call("00000000-0000-4000-8000-00000000dead")])]);
    expect(good.status).toBe("fulfilled");
    expect(bad.status).toBe("rejected");
    await recorder.close();
    const [day] = await server.database.db
      .select({ value: usageCounters.value })
      .from(usageCounters)
      .where(and(eq(usageCounters.applicationId, applicationId), eq(usageCounters.period, "DAY")));
    expect(day!.value).toBe(1);
  });
});
