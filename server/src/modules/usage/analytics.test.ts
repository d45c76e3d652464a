import { isTimeZone } from "@gatehouse/schema/time-zones";
import { periodStart } from "@gatehouse/schema/usage";
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { rowIdOf } from "../../graphql/node.js";
import { accounts } from "../accounts/accounts.tables.js";
import { calendarPeriodFor, previousRange, rangeProblem } from "./analytics-range.js";
import { accountUsage, serviceUsage } from "./usage.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const ERRORS = "userErrors { code field message }";
const SERIES = `query($target: UsageTargetInput!, $metric: ID!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  usageSeries(target: $target, metric: $metric, range: $range, granularity: $granularity, timeZone: $timeZone) {
    series { metric { systemName } since until timeZone granularity points { start value } total previousTotal changePercent } ${ERRORS} } }`;
const TOP = `query($service: ID!, $range: UsageRangeInput!, $limit: Int) { topApplications(service: $service, range: $range, limit: $limit) {
  result { metric { systemName } calendarPeriod periodStart since until applications { application { name } periodValue value } } ${ERRORS} } }`;
const CODES = `query($target: ResponseCodesTargetInput!, $range: UsageRangeInput!) { responseCodes(target: $target, range: $range) {
  series { granularity points { start success clientError serverError } codes { code count } } ${ERRORS} } }`;

interface Setup {
  admin: TestClient;
  tenantId: string;
  serviceId: string;
  hitsId: string;
  searchId: string;
  planId: string;
  token: string;
  accountId: string;
  apps: { id: string; name: string; userKey: string }[];
}

let n = 0;
async function setup(appNames = ["Alpha", "Beta", "Gamma"]): Promise<Setup> {
  const t = await createTenant(server);
  const admin = await t.login();
  const acc = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, {
    input: { orgName: `Org ${n}`, email: `dev-${Date.now()}-${n++}@example.com` },
  });
  const services = await admin.ok(`{ services(first: 1) { nodes { id metrics { id systemName } applicationPlans(first: 5) { nodes { id name } } } } }`);
  const service = services.services.nodes[0];
  const hitsId = service.metrics.find((m: { systemName: string }) => m.systemName === "hits").id;
  const method = await admin.ok(`mutation($input: CreateMethodInput!) { createMethod(input: $input) { metric { id } } }`, {
    input: { serviceId: service.id, friendlyName: "Search", systemName: "search" },
  });
  const plan = service.applicationPlans.nodes.find((p: { name: string }) => p.name === "Basic");
  const apps = [];
  for (const name of appNames) {
    const app = await admin.ok(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id name userKey } } }`, {
      input: { accountId: acc.createAccount.account.id, serviceId: service.id, planId: plan.id, name },
    });
    apps.push(app.createApplication.application);
  }
  const token = await admin.ok(`mutation($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token } }`, { input: { serviceId: service.id, name: "gw" } });
  return {
    admin,
    tenantId: rowIdOf(t.tenant.id, "Tenant")!,
    serviceId: service.id,
    hitsId,
    searchId: method.createMethod.metric.id,
    planId: plan.id,
    token: token.createServiceToken.token,
    accountId: acc.createAccount.account.id,
    apps,
  };
}

async function report(s: Setup, transactions: Record<string, unknown>[]) {
  const res = await fetch(`${server.url}/api/usage/report`, {
    method: "POST",
    headers: { "content-type": "application/json", authorization: `Bearer ${s.token}` },
    body: JSON.stringify({ transactions }),
  });
  expect(res.status).toBe(200);
}

describe("analytics ranges", () => {
  it("bound each granularity, and compare with the period right before", () => {
    const at = (iso: string) => new Date(iso);
    expect(rangeProblem(at("2026-01-01T00:00:00Z"), at("2026-03-31T00:00:00Z"), "HOUR")).toBeNull();
    expect(rangeProblem(at("2026-01-01T00:00:00Z"), at("2026-04-02T00:00:00Z"), "HOUR")).toMatch(/at most 90 days/);
    expect(rangeProblem(at("2026-01-01T00:00:00Z"), at("2026-04-02T00:00:00Z"), "DAY")).toBeNull();
    expect(rangeProblem(at("2026-01-02T00:00:00Z"), at("2026-01-01T00:00:00Z"), "DAY")).toMatch(/end after it starts/);
    expect(rangeProblem(at("1999-12-31T00:00:00Z"), at("2000-01-02T00:00:00Z"), "DAY")).toMatch(/before 2000/);
    expect(previousRange(at("2026-02-10T00:00:00Z"), at("2026-02-17T00:00:00Z"))).toEqual({ since: at("2026-02-03T00:00:00Z"), until: at("2026-02-10T00:00:00Z") });
    expect(isTimeZone("Europe/Madrid")).toBe(true);
    expect(isTimeZone("UTC")).toBe(true);
    expect(isTimeZone("Mars/Olympus")).toBe(false);
  });

  it("rank top applications by the shortest calendar period holding the range (003 ch.34)", () => {
    const start = (p: "DAY" | "WEEK" | "MONTH" | "YEAR", d: Date) => periodStart(p, d);
    const at = (iso: string) => new Date(iso);
    expect(calendarPeriodFor(at("2026-05-17T00:00:00Z"), at("2026-05-18T00:00:00Z"), start)).toBe("DAY");
    // Wednesday to Friday: one week.
    expect(calendarPeriodFor(at("2026-05-13T00:00:00Z"), at("2026-05-16T00:00:00Z"), start)).toBe("WEEK");
    expect(calendarPeriodFor(at("2026-05-01T00:00:00Z"), at("2026-06-01T00:00:00Z"), start)).toBe("MONTH");
    expect(calendarPeriodFor(at("2026-04-25T00:00:00Z"), at("2026-05-10T00:00:00Z"), start)).toBe("YEAR");
    expect(calendarPeriodFor(at("2025-12-25T00:00:00Z"), at("2026-01-10T00:00:00Z"), start)).toBe("YEAR");
  });
});

describe("usageSeries", () => {
  it("gives a product's, an application's and an account's usage per bucket from the rollups, and an empty series without data", async () => {
    const s = await setup();
    const now = new Date();
    await report(s, [
      { credentials: { userKey: s.apps[0]!.userKey }, usage: { search: 3 } },
      { credentials: { userKey: s.apps[1]!.userKey }, usage: { hits: 2 } },
    ]);
    const last24 = { preset: "LAST_24_HOURS" };
    const product = (await s.admin.ok(SERIES, { target: { service: s.serviceId }, metric: s.hitsId, range: last24 })).usageSeries;
    expect(product.userErrors).toEqual([]);
    expect(product.series).toMatchObject({ metric: { systemName: "hits" }, timeZone: "UTC", granularity: "HOUR", total: "5", previousTotal: "0", changePercent: null });
    expect(product.series.points).toHaveLength(24);
    expect(product.series.points.at(-1)).toEqual({ start: periodStart("HOUR", now).toISOString(), value: "5" });
    expect(product.series.until).toBe(new Date(periodStart("HOUR", now).getTime() + 3600_000).toISOString());
    const app = (await s.admin.ok(SERIES, { target: { application: s.apps[0]!.id }, metric: s.searchId, range: { preset: "LAST_7_DAYS" } })).usageSeries.series;
    expect(app).toMatchObject({ granularity: "DAY", total: "3" });
    expect(app.points).toHaveLength(7);
    expect(app.points.at(-1)).toEqual({ start: periodStart("DAY", now).toISOString(), value: "3" });
    const account = (await s.admin.ok(SERIES, { target: { account: s.accountId }, metric: s.hitsId, range: { preset: "LAST_12_MONTHS" } })).usageSeries.series;
    expect(account).toMatchObject({ granularity: "MONTH", total: "5" });
    expect(account.points).toHaveLength(12);
    const nothing = (await s.admin.ok(SERIES, { target: { application: s.apps[2]!.id }, metric: s.hitsId, range: { preset: "LAST_30_DAYS" } })).usageSeries.series;
    expect(nothing).toMatchObject({ points: [], total: "0" });
  });

  it("counts local days across a DST change in the viewer's time zone, and compares with the previous period", async () => {
    const s = await setup([]);
    const serviceId = rowIdOf(s.serviceId, "Service")!;
    const metricId = rowIdOf(s.hitsId, "Metric")!;
    // One call an hour, UTC, from 2026-03-21 to 2026-04-01 (Europe/Madrid moves to summer time on 2026-03-29).
    const rows = [];
    for (let t = Date.UTC(2026, 2, 21); t < Date.UTC(2026, 3, 1); t += 3600_000) {
      rows.push({ tenantId: s.tenantId, serviceId, metricId, granularity: "HOUR" as const, periodStart: new Date(t), value: 1 });
    }
    // The daily rollups agree (the endpoint writes every granularity); UTC ranges on whole days read them.
    for (let t = Date.UTC(2026, 2, 21); t < Date.UTC(2026, 3, 1); t += 86_400_000) {
      rows.push({ tenantId: s.tenantId, serviceId, metricId, granularity: "DAY" as const, periodStart: new Date(t), value: 24 });
    }
    await server.database.db.insert(serviceUsage).values(rows);
    const range = { since: "2026-03-27T23:00:00Z", until: "2026-03-30T22:00:00Z" }; // Madrid: Mar 28 00:00 to Mar 31 00:00
    const res = (await s.admin.ok(SERIES, { target: { service: s.serviceId }, metric: s.hitsId, range, granularity: "DAY", timeZone: "Europe/Madrid" })).usageSeries;
    expect(res.userErrors).toEqual([]);
    expect(res.series.points).toEqual([
      { start: "2026-03-27T23:00:00.000Z", value: "24" },
      { start: "2026-03-28T23:00:00.000Z", value: "23" },
      { start: "2026-03-29T22:00:00.000Z", value: "24" },
    ]);
    expect(res.series).toMatchObject({ total: "71", previousTotal: "71", changePercent: 0 });
    const utc = (await s.admin.ok(SERIES, { target: { service: s.serviceId }, metric: s.hitsId, range: { since: "2026-03-28T00:00:00Z", until: "2026-03-30T00:00:00Z" }, granularity: "DAY" }))
      .usageSeries.series;
    expect(utc.points.map((p: { value: string }) => p.value)).toEqual(["24", "24"]);
    const hourly = (await s.admin.ok(SERIES, { target: { service: s.serviceId }, metric: s.hitsId, range, granularity: "HOUR", timeZone: "Europe/Madrid" })).usageSeries.series;
    expect(hourly.points).toHaveLength(71);
    // Without a time zone, the tenant's: UTC until its admins choose Madrid, then Madrid's days.
    const byDefault = async () =>
      (await s.admin.ok(SERIES, { target: { service: s.serviceId }, metric: s.hitsId, range: { since: "2026-03-27T23:00:00Z", until: "2026-03-29T22:00:00Z" }, granularity: "DAY" })).usageSeries.series.points;
    expect((await byDefault()).map((p: { start: string }) => p.start)).toEqual(["2026-03-27T00:00:00.000Z", "2026-03-28T00:00:00.000Z", "2026-03-29T00:00:00.000Z"]);
    const zone = await s.admin.ok(`mutation { updateTenantSettings(input: { timeZone: "Europe/Madrid" }) { userErrors { code } } }`);
    expect(zone.updateTenantSettings.userErrors).toEqual([]);
    expect(await byDefault()).toEqual([
      { start: "2026-03-27T23:00:00.000Z", value: "24" },
      { start: "2026-03-28T23:00:00.000Z", value: "23" },
    ]);
  });

  it("refuses bad ranges, time zones and targets with a userError, and other tenants' objects", async () => {
    const s = await setup([]);
    const other = await setup([]);
    const ask = async (vars: Record<string, unknown>) =>
      (await s.admin.ok(SERIES, { target: { service: s.serviceId }, metric: s.hitsId, range: { preset: "LAST_7_DAYS" }, ...vars })).usageSeries;
    const code = async (vars: Record<string, unknown>) => {
      const res = await ask(vars);
      expect(res.series).toBeNull();
      return res.userErrors[0].code;
    };
    expect(await code({ range: { since: "2026-01-01T00:00:00Z", until: "2026-05-01T00:00:00Z" }, granularity: "HOUR" })).toBe("RANGE_TOO_LONG");
    expect(await code({ range: { since: "2026-02-01T00:00:00Z", until: "2026-01-01T00:00:00Z" } })).toBe("INVALID_RANGE");
    expect(await code({ range: { preset: "LAST_7_DAYS", since: "2026-01-01T00:00:00Z" } })).toBe("INVALID_RANGE");
    expect(await code({ range: {} })).toBe("INVALID_RANGE");
    expect(await code({ timeZone: "Mars/Olympus" })).toBe("INVALID_TIME_ZONE");
    expect(await code({ target: { service: s.serviceId, account: s.accountId } })).toBe("INVALID_TARGET");
    expect(await code({ metric: other.hitsId })).toBe("NOT_FOUND");
    expect(await code({ target: { service: other.serviceId } })).toBe("NOT_FOUND");
    expect(await code({ target: { account: other.accountId } })).toBe("NOT_FOUND");
    const otherService = await s.admin.ok(`mutation($input: CreateServiceInput!) { createService(input: $input) { service { id metrics { id } } } }`, {
      input: { name: "Second API", systemName: `second_${n++}` },
    });
    expect(await code({ metric: otherService.createService.service.metrics[0].id })).toBe("INVALID_TARGET");
  });
});

describe("topApplications, responseCodes, utilization, potentialUpgrades", () => {
  it("rank applications, break responses down by class, and show each limit's use", async () => {
    const s = await setup();
    await s.admin.ok(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { usageLimit { id } } }`, {
      input: { planId: s.planId, metricId: s.hitsId, period: "DAY", value: "10" },
    });
    const tx = (app: number, usage: Record<string, number>, responseCode?: number) => ({ credentials: { userKey: s.apps[app]!.userKey }, usage, ...(responseCode ? { responseCode } : {}) });
    await report(s, [tx(0, { hits: 2 }, 200), tx(1, { hits: 9 }, 200), tx(1, { hits: 1 }, 503), tx(2, { hits: 4 }, 404)]);

    const top = (await s.admin.ok(TOP, { service: s.serviceId, range: { preset: "LAST_24_HOURS" } })).topApplications;
    expect(top.userErrors).toEqual([]);
    expect(top.result.metric.systemName).toBe("hits");
    expect(["DAY", "WEEK", "MONTH", "YEAR"]).toContain(top.result.calendarPeriod);
    expect(top.result.applications).toEqual([
      { application: { name: "Beta" }, periodValue: "10", value: "10" },
      { application: { name: "Gamma" }, periodValue: "4", value: "4" },
      { application: { name: "Alpha" }, periodValue: "2", value: "2" },
    ]);
    const two = (await s.admin.ok(TOP, { service: s.serviceId, range: { preset: "LAST_7_DAYS" }, limit: 2 })).topApplications.result.applications;
    expect(two.map((a: { application: { name: string } }) => a.application.name)).toEqual(["Beta", "Gamma"]);
    expect((await s.admin.ok(TOP, { service: s.serviceId, range: { preset: "LAST_7_DAYS" }, limit: 11 })).topApplications.userErrors[0].code).toBe("INVALID_RANGE");

    const codes = (await s.admin.ok(CODES, { target: { service: s.serviceId }, range: { preset: "LAST_24_HOURS" } })).responseCodes;
    expect(codes.series.codes).toEqual([
      { code: 200, count: "2" },
      { code: 404, count: "1" },
      { code: 503, count: "1" },
    ]);
    expect(codes.series.points).toHaveLength(24);
    expect(codes.series.points.at(-1)).toMatchObject({ success: "2", clientError: "1", serverError: "1" });
    const appCodes = (await s.admin.ok(CODES, { target: { application: s.apps[1]!.id }, range: { preset: "LAST_7_DAYS" } })).responseCodes.series;
    expect(appCodes.codes).toEqual([
      { code: 200, count: "1" },
      { code: 503, count: "1" },
    ]);
    expect((await s.admin.ok(CODES, { target: {}, range: { preset: "LAST_7_DAYS" } })).responseCodes.userErrors[0].code).toBe("INVALID_TARGET");

    const utilization = await s.admin.ok(`query($id: ID!) { utilization(application: $id) { metric { systemName } period max current percent resetAt } }`, { id: s.apps[1]!.id });
    expect(utilization.utilization).toEqual([
      { metric: { systemName: "hits" }, period: "DAY", max: "10", current: "10", percent: 100, resetAt: new Date(periodStart("DAY", new Date()).getTime() + 86_400_000).toISOString() },
    ]);
    const upgrades = await s.admin.ok(`{ potentialUpgrades { application { name } limit { period max current percent } } }`);
    expect(upgrades.potentialUpgrades).toEqual([{ application: { name: "Beta" }, limit: { period: "DAY", max: "10", current: "10", percent: 100 } }]);
    const other = await setup([]);
    expect((await other.admin.ok(`{ potentialUpgrades { application { name } } }`)).potentialUpgrades).toEqual([]);
    const foreign = await other.admin.gql(`query($id: ID!) { utilization(application: $id) { period } }`, { id: s.apps[1]!.id });
    expect(foreign.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
  });
});

describe("signups and the engagement report", () => {
  it("count signups, and sort recent accounts into never used, stopped and active with their growth", async () => {
    const s = await setup([]);
    const make = async (orgName: string) =>
      rowIdOf(
        (await s.admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } } }`, { input: { orgName, email: `${orgName}-${n++}@example.com` } }))
          .createAccount.account.id,
        "Account",
      )!;
    const [_never, stopped, growing, fresh] = [await make("never"), await make("stopped"), await make("growing"), await make("fresh")];
    const metricId = rowIdOf(s.hitsId, "Metric")!;
    const daysAgo = (d: number) => periodStart("DAY", new Date(Date.now() - d * 86_400_000));
    const row = (accountId: string, d: number, value: number) => ({ tenantId: s.tenantId, accountId, metricId, granularity: "DAY" as const, periodStart: daysAgo(d), value });
    await server.database.db.insert(accountUsage).values([row(stopped, 25, 40), row(growing, 25, 10), row(growing, 3, 25), row(fresh, 1, 7)]);
    // An account from before the window is not in the report.
    const old = await make("old");
    await server.database.db.update(accounts).set({ createdAt: new Date(Date.now() - 60 * 86_400_000) }).where(eq(accounts.id, old));

    const signups = await s.admin.ok(`{ signups(range: { preset: LAST_7_DAYS }) { series { total previousTotal points { count } } userErrors { code } } }`);
    expect(signups.signups.series.total).toBe(5 - 1 + 1); // the tenant's own setup account, never, stopped, growing, fresh
    expect(signups.signups.series.points.reduce((sum: number, p: { count: number }) => sum + p.count, 0)).toBe(signups.signups.series.total);

    const REPORT = `query($days: Int!, $plan: ID) { engagementReport(signedUpWithinDays: $days, plan: $plan) {
      report { signups neverUsed { account { orgName } } stopped { account { orgName } firstHalf secondHalf } active { account { orgName } firstHalf secondHalf growthPercent } } ${ERRORS} } }`;
    const report = (await s.admin.ok(REPORT, { days: 30 })).engagementReport;
    expect(report.userErrors).toEqual([]);
    const names = (list: { account: { orgName: string } }[]) => list.map((a) => a.account.orgName).sort();
    expect(names(report.report.neverUsed)).toEqual(expect.arrayContaining(["never"]));
    expect(names(report.report.neverUsed)).not.toContain("old");
    expect(report.report.stopped).toEqual([{ account: { orgName: "stopped" }, firstHalf: "40", secondHalf: "0" }]);
    expect(report.report.active).toEqual([
      { account: { orgName: "fresh" }, firstHalf: "0", secondHalf: "7", growthPercent: null },
      { account: { orgName: "growing" }, firstHalf: "10", secondHalf: "25", growthPercent: 150 },
    ]);
    expect((await s.admin.ok(REPORT, { days: 0 })).engagementReport.userErrors[0].code).toBe("INVALID_RANGE");
    expect((await s.admin.ok(REPORT, { days: 30, plan: s.planId })).engagementReport.report.signups).toBe(0);
  });
});
