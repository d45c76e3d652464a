import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import autocannon from "autocannon";
import postgres from "postgres";
import { createBenchDatabase } from "./bench-database.js";
import { cpuPerRequest, readCpu } from "./cpu.js";
import { GraphQLClient } from "./graphql-client.js";
import { abort, cleanups, MASTER, median, positiveInt, SECONDS, serverDir, startGatehouse, withoutServerSettings } from "./harness.js";
import { freePort, startServerProcess } from "./server-process.js";

/**
 * `pnpm bench usage` (issue 10), on PostgreSQL only (BENCH_DATABASE_URL or TEST_DATABASE_URL):
 *  1. exactness: 200 concurrent authreps of 1 hit against a limit of 100 per minute → authorized;
 *  2. authrep with one limited metric, keep-alive, BENCH_USAGE_CONNECTIONS (50) concurrent: req/s, p50, p99,
 *     on one application (every call locks the same counter) and spread over 100; the same load against
 *     a bare node:http handler doing the same SQL (usage-baseline.ts), and the ratio;
 *  3. batched `report` (1,000 transactions a request) in transactions/s, against COPY of as many rows/s
 *     into usage_counters, and the ratio;
 *  4. analytics over rollups holding 10M reported calls (100 applications × 30 days × 24 hours, written
 *     straight into the rollup tables, as the endpoint would have): p50 and p95 of a service-wide 30-day
 *     hourly series and of top applications, 200 sequential requests each.
 */
const ADMIN_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
const USAGE_CONNECTIONS = positiveInt("BENCH_USAGE_CONNECTIONS", 50);
const APPS = 100;
const EVENTS = 10_000_000;

export async function benchUsage(): Promise<void> {
  if (!ADMIN_URL) {
    console.error("pnpm bench usage measures on PostgreSQL: set BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres.");
    process.exitCode = 2;
    return;
  }
  const temp = await mkdtemp(path.join(os.tmpdir(), "gatehouse-bench-usage-"));
  cleanups.push(() => rm(temp, { recursive: true, force: true }));
  const database = await createBenchDatabase(ADMIN_URL);
  cleanups.push(database.drop);
  const secret = randomBytes(32).toString("base64url");
  const gatehouse = await startGatehouse(database, temp, { GATEHOUSE_SECRET: secret });
  const seeded = await seed(gatehouse.url);
  const sql = postgres(database.url, { max: 4, onnotice: () => {} });
  cleanups.push(() => sql.end({ timeout: 2 }));

  console.log(
    `Gatehouse usage bench — PostgreSQL ${database.serverVersion} (throw-away database); ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ` +
      `load ${os.loadavg()[0]!.toFixed(1)}, Node ${process.version}; server in its own process; ${SECONDS} s per run, ${USAGE_CONNECTIONS} connections\n`,
  );

  // 1. Exactness.
  const exact = await Promise.all(
    Array.from({ length: 200 }, () =>
      fetch(`${gatehouse.url}/api/usage/authrep`, {
        method: "POST",
        headers: { "content-type": "application/json", authorization: `Bearer ${seeded.token}` },
        body: JSON.stringify({ credentials: { userKey: seeded.exactKey }, usage: { hits: 1 } }),
      }).then((r) => r.status),
    ),
  );
  const passed = exact.filter((s) => s === 200).length;
  console.log(`exact limits: 200 concurrent authreps against 100 per minute → ${passed} authorized, overshoot ${Math.max(0, passed - 100)}`);

  // 2. authrep against Gatehouse and the bare baseline.
  const baselinePort = await freePort();
  const baseline = await startServerProcess({
    name: "baseline",
    nodeArgs: ["--import", "tsx", "bench/usage-baseline.ts"],
    cwd: serverDir,
    env: { ...withoutServerSettings(process.env), DATABASE_URL: database.url, PORT: String(baselinePort), GATEHOUSE_SECRET: secret, SERVICE_ID: seeded.serviceRowId, METRIC_ID: seeded.hitsRowId },
    port: baselinePort,
    isReady: async (url) => (await fetch(url, { method: "POST", body: "{}" }).catch(() => null)) !== null,
    signal: abort.signal,
  });
  cleanups.push(baseline.stop);
  const authrep = (keys: string[]) => ({
    path: "/api/usage/authrep",
    headers: { authorization: `Bearer ${seeded.token}` },
    bodies: keys.map((userKey) => JSON.stringify({ credentials: { userKey }, usage: { hits: 1 } })),
  });
  for (const [label, keys] of [
    ["one application", seeded.keys.slice(0, 1)],
    [`${APPS} applications`, seeded.keys],
  ] as const) {
    const ours = await load(gatehouse.url, authrep(keys), USAGE_CONNECTIONS, gatehouse.pid);
    await quiet(sql);
    const bare = await load(baseline.url, authrep(keys), USAGE_CONNECTIONS, baseline.pid);
    await quiet(sql);
    console.log(`authrep, ${label.padEnd(16)} Gatehouse ${line(ours)}`);
    console.log(`${"".padEnd(26)}bare node:http ${line(bare)}   ratio ${(ours.rps / bare.rps).toFixed(2)}×`);
  }

  // 3. report against COPY.
  const reportBodies = Array.from({ length: 4 }, (_, b) =>
    JSON.stringify({
      transactions: Array.from({ length: 1000 }, (_, i) => ({ credentials: { userKey: seeded.keys[(b * 1000 + i) % seeded.keys.length] }, usage: { hits: 1 }, responseCode: 200 })),
    }),
  );
  const report = await load(gatehouse.url, { path: "/api/usage/report", headers: { authorization: `Bearer ${seeded.token}` }, bodies: reportBodies }, 4, gatehouse.pid);
  const copied = await copyRate(sql, seeded);
  const reportRows = report.rps * 1000;
  console.log(
    `report (1,000 a request, 4 connections): ${Math.round(reportRows)} transactions/s   p99 ${report.p99} ms   ${report.failed} failed;   ` +
      `COPY into usage_counters: ${Math.round(copied)} rows/s;   ratio ${(reportRows / copied).toFixed(2)}×`,
  );

  // 4. Analytics over 10M reported calls.
  await fillRollups(sql, seeded);
  const analytics = new GraphQLClient(`${gatehouse.url}/graphql`, { authorization: `Bearer ${seeded.analyticsToken}` });
  const until = new Date(Math.floor(Date.now() / 3_600_000) * 3_600_000 + 3_600_000);
  const since = new Date(until.getTime() - 30 * 86_400_000);
  const series = await timed(() =>
    analytics.ok(`query($s: ID!, $m: ID!, $r: UsageRangeInput!) { usageSeries(target: { service: $s }, metric: $m, range: $r, granularity: HOUR) { series { total points { start value } } userErrors { code } } }`, {
      s: seeded.serviceId,
      m: seeded.hitsId,
      r: { since: since.toISOString(), until: until.toISOString() },
    }),
  );
  const top = await timed(() =>
    analytics.ok(`query($s: ID!) { topApplications(service: $s, range: { preset: LAST_30_DAYS }) { result { calendarPeriod applications { application { name } value } } userErrors { code } } }`, {
      s: seeded.serviceId,
    }),
  );
  console.log(`analytics over ${EVENTS.toLocaleString("en-US")} calls: 30-day hourly series of the product   p50 ${series.p50.toFixed(1)} ms   p95 ${series.p95.toFixed(1)} ms`);
  console.log(`${"".padEnd(35)}top applications (30 days)   p50 ${top.p50.toFixed(1)} ms   p95 ${top.p95.toFixed(1)} ms`);
  console.log(`\nload average at the end: ${os.loadavg()[0]!.toFixed(1)} (1 min)`);
}

interface Seeded {
  token: string;
  analyticsToken: string;
  serviceId: string;
  serviceRowId: string;
  hitsId: string;
  hitsRowId: string;
  tenantRowId: string;
  keys: string[];
  appRowIds: string[];
  exactKey: string;
}

const rowId = (globalId: string) => Buffer.from(globalId, "base64url").toString("utf8").split(":")[1]!;

/** A tenant with a product whose Basic plan limits hits per minute (never reached), 100 applications, a 101st on 100 per minute. */
async function seed(url: string): Promise<Seeded> {
  const master = new GraphQLClient(`${url}/graphql`);
  await master.login(MASTER);
  const created = await master.ok<{ createTenant: { tenant: { subdomain: string; id: string } } }>(
    `mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { id subdomain } userErrors { code message } } }`,
    { i: { name: "Usage bench", adminEmail: "admin@usage-bench.test", adminPassword: "bench-password" } },
  );
  const admin = new GraphQLClient(`${url}/graphql`);
  await admin.login({ tenant: created.createTenant.tenant.subdomain, email: "admin@usage-bench.test", password: "bench-password" });
  const services = await admin.ok<{ services: { nodes: { id: string; metrics: { id: string; systemName: string }[]; applicationPlans: { nodes: { id: string; name: string }[] } }[] } }>(
    `{ services(first: 1) { nodes { id metrics { id systemName } applicationPlans(first: 5) { nodes { id name } } } } }`,
  );
  const service = services.services.nodes[0]!;
  const hitsId = service.metrics.find((m) => m.systemName === "hits")!.id;
  const basic = service.applicationPlans.nodes.find((p) => p.name === "Basic")!.id;
  const limit = (planId: string, value: string) =>
    admin.ok(`mutation($i: SetUsageLimitInput!) { setUsageLimit(input: $i) { userErrors { code message } } }`, { i: { planId, metricId: hitsId, period: "MINUTE", value } });
  await limit(basic, "1000000000");
  const account = await admin.ok<{ createAccount: { account: { id: string } } }>(
    `mutation($i: CreateAccountInput!) { createAccount(input: $i) { account { id } } }`,
    { i: { orgName: "Bench Co", email: "dev@usage-bench.test" } },
  );
  const app = (planId: string, name: string) =>
    admin.ok<{ createApplication: { application: { id: string; userKey: string } } }>(
      `mutation($i: CreateApplicationInput!) { createApplication(input: $i) { application { id userKey } } }`,
      { i: { accountId: account.createAccount.account.id, serviceId: service.id, planId, name } },
    );
  const apps = [];
  for (let i = 0; i < APPS; i++) apps.push((await app(basic, `App ${i}`)).createApplication.application);
  const exactPlan = await admin.ok<{ createApplicationPlan: { plan: { id: string } } }>(
    `mutation($i: CreateApplicationPlanInput!) { createApplicationPlan(input: $i) { plan { id } } }`,
    { i: { serviceId: service.id, name: "Exact" } },
  );
  await limit(exactPlan.createApplicationPlan.plan.id, "100");
  const exact = (await app(exactPlan.createApplicationPlan.plan.id, "Exact")).createApplication.application;
  const token = await admin.ok<{ createServiceToken: { token: string } }>(`mutation($i: CreateServiceTokenInput!) { createServiceToken(input: $i) { token } }`, {
    i: { serviceId: service.id, name: "bench" },
  });
  const analytics = await admin.ok<{ createAccessToken: { token: string } }>(
    `mutation { createAccessToken(input: { name: "bench analytics", scopes: [ANALYTICS, ACCOUNT_MANAGEMENT], permission: READ_ONLY }) { token } }`,
  );
  return {
    token: token.createServiceToken.token,
    analyticsToken: analytics.createAccessToken.token,
    serviceId: service.id,
    serviceRowId: rowId(service.id),
    hitsId,
    hitsRowId: rowId(hitsId),
    tenantRowId: rowId(created.createTenant.tenant.id),
    keys: apps.map((a) => a.userKey),
    appRowIds: apps.map((a) => rowId(a.id)),
    exactKey: exact.userKey,
  };
}

interface Load {
  rps: number;
  p50: number;
  p99: number;
  failed: number;
  /** CPU ms per request of the server's process and of PostgreSQL's. */
  cpu: { server: number | null; database: number | null };
}

const ms = (value: number | null) => (value === null ? "?" : value.toFixed(2));
const line = (r: Load) =>
  `${String(Math.round(r.rps)).padStart(5)} req/s   p50 ${r.p50} ms   p99 ${r.p99} ms   ${r.failed} failed   (CPU ms/request: server ${ms(r.cpu.server)}, PostgreSQL ${ms(r.cpu.database)})`;

/** A warm-up of 2 s, then SECONDS of load; bodies are taken in turn, each connection keeping its socket. */
async function load(url: string, spec: { path: string; headers: Record<string, string>; bodies: string[] }, connections: number, pid?: number): Promise<Load> {
  const run = (duration: number) =>
    new Promise<autocannon.Result>((resolve, reject) => {
      let next = 0;
      const instance = autocannon(
        {
          url: `${url}${spec.path}`,
          connections,
          duration,
          requests: [
            {
              method: "POST",
              headers: { "content-type": "application/json", ...spec.headers },
              setupRequest: (req) => ({ ...req, body: spec.bodies[next++ % spec.bodies.length] }),
            },
          ],
        },
        (error, result) => (error ? reject(error instanceof Error ? error : new Error(String(error))) : resolve(result)),
      );
      abort.signal.addEventListener("abort", () => instance.stop(), { once: true });
    });
  await run(2);
  const before = readCpu(pid);
  const result = await run(SECONDS);
  const cpu = cpuPerRequest(before, readCpu(pid), result.requests.total);
  abort.signal.throwIfAborted();
  return { rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, failed: result.errors + result.non2xx, cpu };
}

/**
 * Waits until the database runs no statement but ours: a server still answering the calls of the run
 * before (accepted before the load stopped) would compete with the next run — and, the bare handler
 * writing the rollups in another order than Gatehouse, deadlock with it.
 */
async function quiet(sql: postgres.Sql): Promise<void> {
  for (let i = 0; i < 100; i++) {
    const [row] = await sql<{ busy: number }[]>`
      select count(*)::int as busy from pg_stat_activity where datname = current_database() and state = 'active' and pid <> pg_backend_pid()`;
    if (row?.busy === 0) return;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Rows per second COPY writes into usage_counters (fresh keys: old minute buckets), 200,000 rows. */
async function copyRate(sql: postgres.Sql, seeded: Seeded): Promise<number> {
  const rows = 200_000;
  const base = Date.UTC(2020, 0, 1);
  const started = performance.now();
  const stream = await sql`copy usage_counters (tenant_id, application_id, metric_id, period, period_start, value) from stdin`.writable();
  const chunk: string[] = [];
  for (let i = 0; i < rows; i++) {
    const app = seeded.appRowIds[i % seeded.appRowIds.length]!;
    const start = new Date(base + Math.floor(i / seeded.appRowIds.length) * 60_000).toISOString();
    chunk.push(`${seeded.tenantRowId}\t${app}\t${seeded.hitsRowId}\tMINUTE\t${start}\t1\n`);
    if (chunk.length === 5000) {
      if (!stream.write(chunk.join(""))) await new Promise((resolve) => stream.once("drain", resolve));
      chunk.length = 0;
    }
  }
  stream.end(chunk.join(""));
  await new Promise<void>((resolve, reject) => {
    stream.once("finish", resolve);
    stream.once("error", reject);
  });
  const seconds = (performance.now() - started) / 1000;
  await sql`delete from usage_counters where period = 'MINUTE' and period_start < '2021-01-01'`;
  return rows / seconds;
}

/**
 * Rollups and counters as 10M reported calls over the last 30 days would leave them: every hour, each
 * of the 100 applications made EVENTS / (100 × 720) calls. Written straight into the tables.
 */
async function fillRollups(sql: postgres.Sql, seeded: Seeded): Promise<void> {
  const perHour = Math.round(EVENTS / (APPS * 720));
  const args = { tenant: seeded.tenantRowId, service: seeded.serviceRowId, metric: seeded.hitsRowId };
  await sql`
    insert into usage_counters (tenant_id, application_id, metric_id, period, period_start, value)
    select ${args.tenant}::uuid, a, ${args.metric}::uuid, 'HOUR', h, ${perHour}
    from unnest(${seeded.appRowIds}::uuid[]) a, generate_series(date_trunc('hour', now()) - interval '719 hours', date_trunc('hour', now()), interval '1 hour') h
    on conflict (application_id, metric_id, period, period_start) do update set value = usage_counters.value + excluded.value`;
  for (const [period, unit] of [
    ["DAY", "day"],
    ["WEEK", "week"],
    ["MONTH", "month"],
    ["YEAR", "year"],
  ] as const) {
    await sql`
      insert into usage_counters (tenant_id, application_id, metric_id, period, period_start, value)
      select tenant_id, application_id, metric_id, ${period}, date_trunc(${unit}, period_start, 'UTC'), sum(value) from usage_counters
      where period = 'HOUR' and metric_id = ${args.metric}::uuid group by 1, 2, 3, 5
      on conflict (application_id, metric_id, period, period_start) do update set value = excluded.value`;
  }
  await sql`
    insert into service_usage (tenant_id, service_id, metric_id, granularity, period_start, value)
    select ${args.tenant}::uuid, ${args.service}::uuid, metric_id, g, date_trunc(lower(g), period_start, 'UTC'), sum(value)
    from usage_counters, unnest(array['HOUR', 'DAY', 'MONTH']) g
    where period = 'HOUR' and metric_id = ${args.metric}::uuid group by 3, 4, 5
    on conflict (service_id, metric_id, granularity, period_start) do update set value = excluded.value`;
  await sql`analyze usage_counters; analyze service_usage`.simple();
}

/** p50 and p95 of 200 sequential calls, after 20 to warm up. */
async function timed(call: () => Promise<unknown>): Promise<{ p50: number; p95: number }> {
  for (let i = 0; i < 20; i++) await call();
  const times: number[] = [];
  for (let i = 0; i < 200; i++) {
    abort.signal.throwIfAborted();
    const started = performance.now();
    await call();
    times.push(performance.now() - started);
  }
  times.sort((a, b) => a - b);
  return { p50: median(times), p95: times[Math.floor(times.length * 0.95)]! };
}
