import { periodStart } from "@gatehouse/schema/usage";
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createMember, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { rowsOf } from "../../db/client.js";
import { hashSecretToken } from "../../auth/secret-token.js";
import { createLogger } from "../../config/logger.js";
import { rowIdOf } from "../../graphql/node.js";
import { checkBatch, UsageChecker } from "./usage-checker.js";
import { accountUsage, responseCodes, serviceUsage, usageCounters } from "./usage.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

const CREATE_TOKEN = `mutation($input: CreateServiceTokenInput!) { createServiceToken(input: $input) { token serviceToken { id name prefix lastUsedAt service { id } } userErrors { code field message } } }`;
const REVOKE_TOKEN = `mutation($input: RevokeServiceTokenInput!) { revokeServiceToken(input: $input) { serviceToken { id name } userErrors { code field message } } }`;
const TOKENS = `query($serviceId: ID!) { serviceTokens(serviceId: $serviceId) { id name prefix createdAt lastUsedAt } }`;

interface Setup {
  admin: TestClient;
  tenant: { id: string; subdomain: string };
  serviceId: string;
  planId: string;
  accountId: string;
  hitsId: string;
  searchId: string;
  token: string;
  tokenId: string;
  app: { id: string; userKey: string; appId: string; keys: { value: string }[] };
}

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

async function setup(options: { hitsPerMinute?: number } = {}): Promise<Setup> {
  const t = await createTenant(server);
  const admin = await t.login();
  const u = unique();
  const acc = await admin.ok(`mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`, {
    input: { orgName: `Org ${u}`, email: `dev-${u}@example.com` },
  });
  const services = await admin.ok(`{ services(first: 1) { nodes { id metrics { id systemName } applicationPlans(first: 5) { nodes { id name } } } } }`);
  const service = services.services.nodes[0];
  const hitsId = service.metrics.find((m: { systemName: string }) => m.systemName === "hits").id;
  const method = await admin.ok(`mutation($input: CreateMethodInput!) { createMethod(input: $input) { metric { id } userErrors { code message } } }`, {
    input: { serviceId: service.id, friendlyName: "Search", systemName: "search" },
  });
  const searchId = method.createMethod.metric.id;
  const plan = service.applicationPlans.nodes.find((p: { name: string }) => p.name === "Basic");
  if (options.hitsPerMinute !== undefined) await setLimit(admin, plan.id, hitsId, "MINUTE", options.hitsPerMinute);
  const app = await admin.ok(
    `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id userKey appId keys { value } } userErrors { code message } } }`,
    { input: { accountId: acc.createAccount.account.id, serviceId: service.id, planId: plan.id, name: "Shop" } },
  );
  expect(app.createApplication.userErrors).toEqual([]);
  const created = await admin.ok(CREATE_TOKEN, { input: { serviceId: service.id, name: "APIcast production" } });
  return {
    admin,
    tenant: t.tenant,
    serviceId: service.id,
    planId: plan.id,
    accountId: acc.createAccount.account.id,
    hitsId,
    searchId,
    token: created.createServiceToken.token,
    tokenId: created.createServiceToken.serviceToken.id,
    app: app.createApplication.application,
  };
}

async function setLimit(admin: TestClient, planId: string, metricId: string, period: string, value: number) {
  const res = await admin.ok(`mutation($input: SetUsageLimitInput!) { setUsageLimit(input: $input) { usageLimit { id } userErrors { code message } } }`, {
    input: { planId, metricId, period, value: String(value) },
  });
  expect(res.setUsageLimit.userErrors).toEqual([]);
}

async function call(action: string, token: string | null, body: unknown, init: RequestInit = {}) {
  const res = await fetch(`${server.url}/api/usage/${action}`, {
    method: "POST",
    headers: { "content-type": "application/json", ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: typeof body === "string" ? body : JSON.stringify(body),
    ...init,
  });
  return { status: res.status, headers: res.headers, body: (await res.json()) as Record<string, any> };
}

/** An application's counter of a metric in the period holding `at`, straight from the table (0 when none). */
async function counter(s: Setup, metricId: string, period: string, at = new Date()): Promise<number> {
  const rows = await server.database.db
    .select({ value: usageCounters.value })
    .from(usageCounters)
    .where(
      and(
        eq(usageCounters.applicationId, rowIdOf(s.app.id, "Application")!),
        eq(usageCounters.metricId, rowIdOf(metricId, "Metric")!),
        eq(usageCounters.period, period as "MINUTE"),
        eq(usageCounters.periodStart, periodStart(period as "MINUTE", at)),
      ),
    );
  return rows[0]?.value ?? 0;
}

describe("service tokens", () => {
  it("are created with the plaintext shown once, listed by prefix, and revoked", async () => {
    const s = await setup();
    expect(s.token).toMatch(/^ghs_[A-Za-z0-9_-]{43}$/);
    const listed = await s.admin.ok(TOKENS, { serviceId: s.serviceId });
    expect(listed.serviceTokens).toEqual([{ id: s.tokenId, name: "APIcast production", prefix: s.token.slice(0, 10), createdAt: expect.any(String), lastUsedAt: null }]);
    expect(JSON.stringify(listed)).not.toContain(s.token);
    const revoked = await s.admin.ok(REVOKE_TOKEN, { input: { id: s.tokenId } });
    expect(revoked.revokeServiceToken).toEqual({ serviceToken: { id: s.tokenId, name: "APIcast production" }, userErrors: [] });
    expect((await s.admin.ok(TOKENS, { serviceId: s.serviceId })).serviceTokens).toEqual([]);
    const again = await s.admin.ok(REVOKE_TOKEN, { input: { id: s.tokenId } });
    expect(again.revokeServiceToken.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "id"], message: "No such service token." }]);
    // The revoked token is refused at once.
    const refused = await call("authrep", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: 1 } });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe("service_token_invalid");
  });

  it("validate the name, and refuse a product of another tenant", async () => {
    const s = await setup();
    const other = await setup();
    const blank = await s.admin.ok(CREATE_TOKEN, { input: { serviceId: s.serviceId, name: "  " } });
    expect(blank.createServiceToken).toEqual({ token: null, serviceToken: null, userErrors: [{ code: "BLANK", field: ["input", "name"], message: "Give the token a name." }] });
    const long = await s.admin.ok(CREATE_TOKEN, { input: { serviceId: s.serviceId, name: "x".repeat(101) } });
    expect(long.createServiceToken.userErrors[0].code).toBe("TOO_LONG");
    const foreign = await s.admin.ok(CREATE_TOKEN, { input: { serviceId: other.serviceId, name: "mine" } });
    expect(foreign.createServiceToken.userErrors).toEqual([{ code: "NOT_FOUND", field: ["input", "serviceId"], message: "No such product." }]);
    const foreignRevoke = await s.admin.ok(REVOKE_TOKEN, { input: { id: other.tokenId } });
    expect(foreignRevoke.revokeServiceToken.userErrors[0].code).toBe("NOT_FOUND");
    const foreignList = await s.admin.gql(TOKENS, { serviceId: other.serviceId });
    expect(foreignList.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    const node = await s.admin.ok(`query($id: ID!) { node(id: $id) { id } }`, { id: other.tokenId }).catch((e: Error) => e.message);
    expect(String(JSON.stringify(node))).toContain("NOT_FOUND");
    // The other tenant's token still works.
    expect((await call("authorize", other.token, { credentials: { userKey: other.app.userKey } })).status).toBe(200);
  });

  it("are for admins only, and a product has at most 10", async () => {
    const s = await setup();
    const member = await createMember(server, s.tenant, ["PARTNERS", "PLANS", "MONITORING", "FINANCE", "SETTINGS"]);
    const listed = await member.gql(TOKENS, { serviceId: s.serviceId });
    expect(listed.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const created = await member.gql(CREATE_TOKEN, { input: { serviceId: s.serviceId, name: "x" } });
    expect(created.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    for (let i = 1; i < 10; i++) expect((await s.admin.ok(CREATE_TOKEN, { input: { serviceId: s.serviceId, name: `t${i}` } })).createServiceToken.userErrors).toEqual([]);
    const eleventh = await s.admin.ok(CREATE_TOKEN, { input: { serviceId: s.serviceId, name: "one too many" } });
    expect(eleventh.createServiceToken.userErrors[0].code).toBe("LIMIT_REACHED");
  });
});

describe("the usage endpoint", () => {
  it("authreps within the limit, refuses beyond it naming the metric and period, and reports the tightest limit", async () => {
    const s = await setup({ hitsPerMinute: 3 });
    const at = new Date();
    const body = { credentials: { userKey: s.app.userKey }, usage: { hits: 1 }, timestamp: at.toISOString() };
    const first = await call("authrep", s.token, body);
    expect(first.status).toBe(200);
    expect(first.body).toEqual({
      authorized: true,
      application: { id: s.app.id },
      usage: { hits: 1 },
      limit: { metric: "hits", period: "MINUTE", max: 3, current: 1, remaining: 2, resetAt: new Date(periodStart("MINUTE", at).getTime() + 60_000).toISOString() },
    });
    expect(first.headers.get("ratelimit-limit")).toBe("3");
    expect(first.headers.get("ratelimit-remaining")).toBe("2");
    expect(Number(first.headers.get("ratelimit-reset"))).toBeGreaterThanOrEqual(0);
    expect(Number(first.headers.get("ratelimit-reset"))).toBeLessThanOrEqual(60);
    expect((await call("authrep", s.token, body)).status).toBe(200);
    expect((await call("authrep", s.token, body)).body.limit.remaining).toBe(0);
    const refused = await call("authrep", s.token, body);
    expect(refused.status).toBe(409);
    expect(refused.body).toMatchObject({ authorized: false, error: { code: "limits_exceeded", metric: "hits", period: "MINUTE", max: 3, current: 3 } });
    expect(refused.headers.get("ratelimit-remaining")).toBe("0");
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(3);
    // authorize does not count; without usage it checks current ≤ max, which still holds at 3 of 3.
    const authorized = await call("authorize", s.token, { credentials: { userKey: s.app.userKey } });
    expect(authorized.status).toBe(200);
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(3);
    expect((await call("authorize", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: 1 } })).body.error.code).toBe("limits_exceeded");
  });

  it("counts every period, rolls methods up into hits, and maps requests through the mapping rules", async () => {
    const s = await setup();
    const rule = await s.admin.ok(`mutation($input: CreateMappingRuleInput!) { createMappingRule(input: $input) { mappingRule { id } userErrors { code message } } }`, {
      input: { serviceId: s.serviceId, metricId: s.searchId, httpMethod: "GET", pattern: "/search", delta: 2 },
    });
    expect(rule.createMappingRule.userErrors).toEqual([]);
    const at = new Date();
    const mapped = await call("authrep", s.token, { credentials: { userKey: s.app.userKey }, request: { method: "GET", path: "/search?q=shoes" }, timestamp: at.toISOString() });
    expect(mapped.status).toBe(200);
    expect(mapped.body.usage).toEqual({ search: 2, hits: 2 });
    const direct = await call("authrep", s.token, { credentials: { userKey: s.app.userKey }, usage: { search: 1 }, responseCode: 503, timestamp: at.toISOString() });
    expect(direct.body.usage).toEqual({ search: 1, hits: 1 });
    for (const period of ["MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR", "ETERNITY"]) {
      expect(await counter(s, s.hitsId, period, at)).toBe(3);
      expect(await counter(s, s.searchId, period, at)).toBe(3);
    }
    const service = await server.database.db.select().from(serviceUsage).where(eq(serviceUsage.metricId, rowIdOf(s.hitsId, "Metric")!));
    expect(service.map((r) => [r.granularity, r.value]).sort()).toEqual([
      ["DAY", 3],
      ["HOUR", 3],
      ["MONTH", 3],
    ]);
    const account = await server.database.db.select().from(accountUsage).where(eq(accountUsage.accountId, rowIdOf(s.accountId, "Account")!));
    expect(account.filter((r) => r.granularity === "HOUR").map((r) => [r.value])).toEqual([[3], [3]]);
    const codes = await server.database.db.select().from(responseCodes).where(eq(responseCodes.serviceId, rowIdOf(s.serviceId, "Service")!));
    expect(codes.filter((r) => r.granularity === "DAY").map((r) => [r.applicationId === null ? "service" : "app", r.code, r.count]).sort()).toEqual([
      ["app", 503, 1],
      ["service", 503, 1],
    ]);
    const unmatched = await call("authrep", s.token, { credentials: { userKey: s.app.userKey }, request: { method: "POST", path: "/orders" } });
    expect(unmatched.status).toBe(404);
    expect(unmatched.body.error.code).toBe("no_mapping_rule_matched");
    const traffic = await s.admin.ok(`query($id: ID!) { node(id: $id) { ... on Application { id } } }`, { id: s.app.id });
    expect(traffic.node.id).toBe(s.app.id);
    const [app] = rowsOf<{ first_traffic_at: string | null; last_traffic_at: string | null }>(
      await server.database.db.execute(sql`select first_traffic_at, last_traffic_at from applications where id = ${rowIdOf(s.app.id, "Application")}`),
    );
    expect(app!.first_traffic_at).not.toBeNull();
    expect(app!.last_traffic_at).not.toBeNull();
    const token = (await s.admin.ok(TOKENS, { serviceId: s.serviceId })).serviceTokens[0];
    expect(token.lastUsedAt).not.toBeNull();
  });

  it("checks in order, each refusal with its code and status", async () => {
    const s = await setup({ hitsPerMinute: 0 });
    const cases: [string, string | null, unknown, number, string][] = [
      ["no token", null, { credentials: { userKey: s.app.userKey } }, 403, "service_token_invalid"],
      ["malformed token", "gha_nope", { credentials: { userKey: s.app.userKey } }, 403, "service_token_invalid"],
      ["unknown token", `ghs_${"A".repeat(43)}`, { credentials: { userKey: s.app.userKey } }, 403, "service_token_invalid"],
      ["not JSON", s.token, "{", 400, "request_invalid"],
      ["unknown field", s.token, { credentials: { userKey: s.app.userKey }, extra: 1 }, 400, "request_invalid"],
      ["wrong credentials for the mode", s.token, { credentials: { appId: s.app.appId } }, 400, "credentials_invalid"],
      ["unknown application", s.token, { credentials: { userKey: "nobody-has-this-key" } }, 404, "application_not_found"],
      ["unknown metric", s.token, { credentials: { userKey: s.app.userKey }, usage: { nope: 1 } }, 400, "metric_invalid"],
      ["negative usage", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: -1 } }, 400, "usage_invalid"],
      ["fractional usage", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: 1.5 } }, 400, "usage_invalid"],
      ["too old", s.token, { credentials: { userKey: s.app.userKey }, timestamp: new Date(Date.now() - 25 * 3600_000).toISOString() }, 400, "timestamp_invalid"],
      ["too far ahead", s.token, { credentials: { userKey: s.app.userKey }, timestamp: Math.floor(Date.now() / 1000) + 7200 }, 400, "timestamp_invalid"],
      ["disabled metric (limit 0)", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: 1 } }, 409, "limits_exceeded"],
    ];
    for (const [what, token, body, status, code] of cases) {
      const res = await call("authrep", token, body);
      expect({ what, status: res.status, code: res.body.error?.code }).toEqual({ what, status, code });
      expect(res.body.error.message).toEqual(expect.any(String));
    }
    expect((await fetch(`${server.url}/api/usage/authrep`)).status).toBe(405);
    expect((await call("nothing", s.token, {})).status).toBe(404);
    expect(await counter(s, s.hitsId, "MINUTE")).toBe(0);
  });

  it("refuses a suspended application at once, then a suspended product", async () => {
    const s = await setup();
    const body = { credentials: { userKey: s.app.userKey }, usage: { hits: 1 } };
    expect((await call("authrep", s.token, body)).status).toBe(200);
    const suspended = await s.admin.ok(`mutation($input: ApplicationIdInput!) { suspendApplication(input: $input) { application { state } userErrors { code } } }`, {
      input: { id: s.app.id },
    });
    expect(suspended.suspendApplication.application.state).toBe("SUSPENDED");
    const refused = await call("authrep", s.token, body);
    expect(refused.status).toBe(409);
    expect(refused.body.error).toMatchObject({ code: "application_not_active", state: "SUSPENDED" });
    await s.admin.ok(`mutation($input: ApplicationIdInput!) { resumeApplication(input: $input) { application { state } } }`, { input: { id: s.app.id } });
    const service = await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { state } userErrors { code } } }`, {
      input: { id: s.serviceId, state: "SUSPENDED" },
    });
    expect(service.updateService.service.state).toBe("SUSPENDED");
    const product = await call("authrep", s.token, body);
    expect(product.status).toBe(409);
    expect(product.body.error.code).toBe("service_not_active");
    expect(await counter(s, s.hitsId, "MINUTE")).toBe(1);
  });

  it("identifies applications by app_id and app key, or by client_id, as the product's mode says", async () => {
    const s = await setup();
    await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { authMode } } }`, { input: { id: s.serviceId, authMode: "APP_ID_APP_KEY" } });
    const withMode = async (credentials: unknown) => call("authorize", s.token, { credentials });
    expect((await withMode({ userKey: s.app.userKey })).body.error.code).toBe("credentials_invalid");
    expect((await withMode({ appId: s.app.appId })).body.error.code).toBe("application_key_missing");
    expect((await withMode({ appId: s.app.appId, appKey: "wrong-key" })).body.error.code).toBe("application_key_invalid");
    expect((await withMode({ appId: s.app.appId, appKey: s.app.keys[0]!.value })).status).toBe(200);
    expect((await withMode({ appId: "0000000000000000", appKey: s.app.keys[0]!.value })).body.error.code).toBe("application_not_found");
    await s.admin.ok(`mutation($input: UpdateServiceInput!) { updateService(input: $input) { service { authMode } } }`, { input: { id: s.serviceId, authMode: "OIDC" } });
    expect((await withMode({ clientId: s.app.appId })).status).toBe(200);
    expect((await withMode({ appId: s.app.appId })).body.error.code).toBe("credentials_invalid");
  });

  it("reports a batch without checks, all of it or nothing", async () => {
    const s = await setup({ hitsPerMinute: 1 });
    const at = new Date();
    const tx = (usage: Record<string, number>, extra: Record<string, unknown> = {}) => ({ credentials: { userKey: s.app.userKey }, usage, timestamp: at.toISOString(), ...extra });
    const bad = await call("report", s.token, { transactions: [tx({ hits: 1 }), { credentials: { userKey: "nobody" }, usage: { hits: 1 } }] });
    expect(bad.status).toBe(404);
    expect(bad.body.error).toMatchObject({ code: "application_not_found", index: 1 });
    const badMetric = await call("report", s.token, { transactions: [tx({ hits: 1 }), tx({ nope: 1 })] });
    expect(badMetric.body.error).toMatchObject({ code: "metric_invalid", index: 1 });
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(0);
    const ok = await call("report", s.token, { transactions: [tx({ hits: 2 }), tx({ search: 3 }, { responseCode: 200 }), tx({ hits: 1 })] });
    expect(ok).toMatchObject({ status: 200, body: { accepted: 3 } });
    // Reports are not limited: the counter passes the limit of 1.
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(6);
    expect(await counter(s, s.searchId, "ETERNITY", at)).toBe(3);
    expect((await call("report", s.token, { transactions: [] })).body.error.code).toBe("request_invalid");
    const tooMany = await call("report", s.token, { transactions: Array.from({ length: 1001 }, () => tx({ hits: 1 })) });
    expect(tooMany.body.error.code).toBe("request_invalid");
  });

  it("never lets concurrent authreps pass a limit: 200 calls against 100 per minute authorize exactly 100", async () => {
    const s = await setup({ hitsPerMinute: 100 });
    const at = new Date();
    const body = { credentials: { userKey: s.app.userKey }, usage: { hits: 1 }, timestamp: at.toISOString() };
    const results = await Promise.all(Array.from({ length: 200 }, () => call("authrep", s.token, body)));
    const statuses = results.map((r) => r.status);
    expect(statuses.filter((x) => x === 200)).toHaveLength(100);
    expect(statuses.filter((x) => x === 409)).toHaveLength(100);
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(100);
    // The unlimited periods, written in batches, agree.
    expect(await counter(s, s.hitsId, "DAY", at)).toBe(100);
    const [hour] = await server.database.db
      .select({ value: serviceUsage.value })
      .from(serviceUsage)
      .where(and(eq(serviceUsage.metricId, rowIdOf(s.hitsId, "Metric")!), eq(serviceUsage.granularity, "HOUR"), eq(serviceUsage.periodStart, periodStart("HOUR", at))));
    expect(hour!.value).toBe(100);
  });

  it("checks concurrent calls of many applications together, each exactly, a bad call failing alone", async () => {
    const s = await setup({ hitsPerMinute: 20 });
    const apps = [s.app];
    for (let i = 0; i < 4; i++) {
      const created = await s.admin.ok(
        `mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id userKey appId keys { value } } userErrors { code message } } }`,
        { input: { accountId: s.accountId, serviceId: s.serviceId, planId: s.planId, name: `Shop ${i}` } },
      );
      apps.push(created.createApplication.application);
    }
    const at = new Date();
    // 40 calls of 1 hit per application against 20 per minute, and unknown keys, interleaved.
    const calls = Array.from({ length: 220 }, (_, i) =>
      i % 11 === 10
        ? { app: null, body: { credentials: { userKey: `unknown-${i}` }, usage: { hits: 1 }, timestamp: at.toISOString() } }
        : { app: apps[i % 5]!, body: { credentials: { userKey: apps[i % 5]!.userKey }, usage: { hits: 1 }, timestamp: at.toISOString() } },
    );
    const results = await Promise.all(calls.map((c) => call("authrep", s.token, c.body)));
    for (const app of apps) {
      const mine = results.filter((_, i) => calls[i]!.app === app);
      expect(mine).toHaveLength(40);
      expect(mine.filter((r) => r.status === 200)).toHaveLength(20);
      expect(mine.filter((r) => r.status === 409).map((r) => r.body.error.code)).toEqual(Array(20).fill("limits_exceeded"));
      expect(await counter({ ...s, app }, s.hitsId, "MINUTE", at)).toBe(20);
      expect(await counter({ ...s, app }, s.hitsId, "DAY", at)).toBe(20);
    }
    expect(results.filter((_, i) => calls[i]!.app === null).map((r) => r.body.error.code)).toEqual(Array(20).fill("application_not_found"));
  });

  it("answers 503 check_unavailable when the database cannot check a call, and counts nothing", async () => {
    const s = await setup({ hitsPerMinute: 100 });
    const db = server.database.db;
    const [{ definition }] = rowsOf<{ definition: string }>(
      await db.execute(sql`select pg_get_functiondef('gatehouse_usage_check_batch'::regproc) as definition`),
    ) as [{ definition: string }];
    await db.execute(sql`drop function gatehouse_usage_check_batch`);
    try {
      const res = await call("authrep", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: 1 } });
      expect(res.status).toBe(503);
      expect(res.body).toMatchObject({ authorized: false, error: { code: "check_unavailable" } });
    } finally {
      await db.execute(sql.raw(definition));
    }
    expect(await counter(s, s.hitsId, "MINUTE")).toBe(0);
    expect((await call("authrep", s.token, { credentials: { userKey: s.app.userKey }, usage: { hits: 1 } })).status).toBe(200);
  });

  it("stays exact when batches of several processes check one application at once (each its own connections)", async () => {
    const s = await setup({ hitsPerMinute: 100 });
    const logger = createLogger({ logLevel: "silent", env: "test" });
    // Two checkers on two pools stand for two server processes: their batches lock the same counters.
    const checkers = [new UsageChecker(server.database.usage, logger, 3), new UsageChecker(server.database.db, logger, 3)];
    const at = new Date();
    const call = { hash: hashSecretToken(server.config.secret, s.token), serviceId: rowIdOf(s.serviceId, "Service")!, kind: "user_key" as const, credential: s.app.userKey, appKey: null, at };
    const hits = rowIdOf(s.hitsId, "Metric")!;
    const answers = await Promise.all(Array.from({ length: 240 }, (_, i) => checkers[i % 2]!.check({ ...call, usage: new Map([[hits, 1]]), record: true })));
    expect(answers.filter((a) => a.error === null && a.broken === null)).toHaveLength(100);
    expect(answers.filter((a) => a.broken === 0)).toHaveLength(140);
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(100);
  });

  it("checks a batch in arrival order, each call as if alone: later calls see earlier increments, refused ones count nothing", async () => {
    const s = await setup({ hitsPerMinute: 100 });
    await setLimit(s.admin, s.planId, s.searchId, "DAY", 5);
    const at = new Date();
    const base = { hash: hashSecretToken(server.config.secret, s.token), serviceId: rowIdOf(s.serviceId, "Service")!, kind: "user_key" as const, credential: s.app.userKey, appKey: null, at };
    const hits = rowIdOf(s.hitsId, "Metric")!;
    const search = rowIdOf(s.searchId, "Metric")!;
    const answers = await checkBatch(server.database.usage, [
      { ...base, usage: new Map([[hits, 60]]), record: true },
      { ...base, usage: new Map([[hits, 50]]), record: true },
      { ...base, usage: new Map(), record: false },
      { ...base, credential: "nobody", usage: new Map([[hits, 1]]), record: true },
      { ...base, usage: new Map([[hits, 3], [search, 3]]), record: true },
      { ...base, usage: new Map([[hits, 3], [search, 3]]), record: true },
      { ...base, usage: new Map([[hits, 40]]), record: false },
      { ...base, hash: "not-a-token", usage: new Map([[hits, 1]]), record: true },
      { ...base, usage: new Map([[hits, 37]]), record: true },
    ]);
    const summary = answers.map((a) => ({ error: a.error, broken: a.broken, limits: a.limits.map((l) => `${l.period}:${l.current}/${l.max}`) }));
    expect(summary).toEqual([
      { error: null, broken: null, limits: ["MINUTE:60/100"] },
      { error: null, broken: 0, limits: ["MINUTE:60/100"] },
      { error: null, broken: null, limits: ["MINUTE:60/100", "DAY:0/5"] },
      { error: "application_not_found", broken: null, limits: [] },
      { error: null, broken: null, limits: ["MINUTE:63/100", "DAY:3/5"] },
      // search per day would reach 6: refused, and hits not counted either
      { error: null, broken: 1, limits: ["MINUTE:63/100", "DAY:3/5"] },
      // an authorize counts nothing: 63 + 40 > 100
      { error: null, broken: 0, limits: ["MINUTE:63/100"] },
      { error: "service_token_invalid", broken: null, limits: [] },
      { error: null, broken: null, limits: ["MINUTE:100/100"] },
    ]);
    expect(answers[0]).toMatchObject({ tenantId: rowIdOf(s.tenant.id, "Tenant"), applicationId: rowIdOf(s.app.id, "Application"), accountId: rowIdOf(s.accountId, "Account") });
    expect(await counter(s, s.hitsId, "MINUTE", at)).toBe(100);
    expect(await counter(s, s.searchId, "DAY", at)).toBe(3);
  });
});
