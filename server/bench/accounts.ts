import { randomBytes } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { performance } from "node:perf_hooks";
import postgres from "postgres";
import { createBenchDatabase } from "./bench-database.js";
import { GraphQLClient } from "./graphql-client.js";
import {
  abort,
  cleanups,
  compareWithPostGraphile,
  type Comparison,
  CONNECTIONS,
  describe,
  gatehouseTarget,
  loadOptions,
  MASTER,
  median,
  positiveInt,
  probe,
  ROUNDS,
  SECONDS,
  startGatehouse,
} from "./harness.js";
import { measure } from "./load.js";

/**
 * `pnpm bench accounts` (issue 9): one tenant at the size of a real API program — 10,000 developer accounts
 * (half of them PENDING), each with its admin user, 50,000 applications over four products and their
 * application plans, with their service subscriptions, user keys and app keys — on PostgreSQL.
 *
 * 1. Starts Gatehouse as `pnpm bench` does (own process, GATEHOUSE_BENCH=1) on a throw-away database of
 *    BENCH_DATABASE_URL (else TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres, printed);
 *    the master creates the tenant, its admin signs in and creates the products (each with its default
 *    plans), an extra application plan per product and an account plan through GraphQL, and a read-write
 *    ACCOUNT_MANAGEMENT token of that tenant, which every later request uses.
 * 2. Writes the accounts, their admin users, subscriptions, applications and app keys with set-based SQL
 *    (generate_series) as the database owner, then ANALYZE; prints the time; checks the counts through GraphQL.
 * 3. Loads the accounts listing (50 accounts with admin user, plan, application count and first 10
 *    applications with plan and product) with autocannon: req/s, p50, p99, SQL statements per request.
 * 4. Searches by a real user key — `accounts(filter: { search })` and `applications(filter: { search })` —
 *    with BENCH_SEARCHES sequential requests, a different key each: p50, p99.
 * 5. PostGraphile v5 on the same database, its pgSettings in the tenant's row-level security scope:
 *    nested (50 accounts → first 10 applications → plan) and flat (20 accounts), interleaved rounds.
 * 6. Bulk-approves the 5,000 PENDING accounts by filter (`runBulkAccountOperation`) and follows the job.
 * 7. Exports the 50,000 applications as CSV (`exportApplications`, then `export(id)` until READY, then
 *    the file, streamed) — "not available" while the server has no such mutation.
 */
const ACCOUNTS = 10_000;
const APPS_PER_ACCOUNT = 5;
/**
 * BENCH_STEPS: the steps to run after the seed, comma-separated, of listing, search, compare, bulk, export
 * (default all): `BENCH_STEPS=compare` for the side-by-side alone.
 */
const STEPS = new Set((process.env.BENCH_STEPS || "listing,search,compare,bulk,export").split(",").map((s) => s.trim()));
for (const step of STEPS) if (!["listing", "search", "compare", "bulk", "export"].includes(step)) throw new Error(`BENCH_STEPS: unknown step "${step}"`);
/** BENCH_SEARCHES: sequential requests per search (default 100). */
const SEARCHES = positiveInt("BENCH_SEARCHES", 100);
/**
 * BENCH_LOG_MIN_DURATION_MS (diagnosis; superuser only): PostgreSQL logs the bench database's statements that take
 * at least this (0: every one), with their plans and actual times (auto_explain, which slows every statement), to its server log.
 */
const LOG_MIN_DURATION_MS = process.env.BENCH_LOG_MIN_DURATION_MS ? wholeNumber("BENCH_LOG_MIN_DURATION_MS", process.env.BENCH_LOG_MIN_DURATION_MS) : null;

/** A whole number ≥ 0 (0 logs every statement). */
function wholeNumber(name: string, value: string): number {
  if (!/^\d+$/.test(value)) throw new Error(`${name} must be a whole number of milliseconds, got "${value}"`);
  return Number(value);
}
const DEFAULT_URL = "postgres://postgres@127.0.0.1:5432/postgres";
const TENANT_ADMIN = { email: "admin@provider.bench.test", password: "bench-provider-password" };
/** Created besides the "API" every tenant starts with. */
const PRODUCTS = ["Payments API", "Maps API", "Messaging API"];
const LISTING = `{ accounts(first: 50) { nodes { id orgName adminUser { email } plan { name } applicationCount applications(first: 10) { nodes { name state plan { name } service { name } } } } } }`;

/**
 * Gatehouse lists newest first, PostGraphile by primary key (it orders by indexed columns only, and no index
 * leads with created_at): different accounts, the same shape and size — every account has 5 applications.
 * PostGraphile names the (tenant_id, account_id) → accounts(tenant_id, id) keys after both columns.
 */
const comparisons: Comparison[] = [
  {
    name: "nested: accounts(50) { applications(10) { plan } }",
    gatehouse: `{ accounts(first: 50) { nodes { id orgName applications(first: 10) { nodes { name plan { name } } } } } }`,
    postgraphile: `{ allAccounts(first: 50) { nodes { id orgName applicationsByTenantIdAndAccountId(first: 10) { nodes { name planByTenantIdAndPlanId { name } } } } } }`,
  },
  {
    name: "flat: accounts(first: 20)",
    gatehouse: `{ accounts(first: 20) { nodes { id orgName state createdAt } } }`,
    postgraphile: `{ allAccounts(first: 20) { nodes { id orgName state createdAt } } }`,
  },
];

export async function benchAccounts(): Promise<void> {
  const { database, gatehouse, token, client, sql, tenantId } = await setUpAccountsTenant();

  // ── 3. the accounts listing ─────────────────────────────────────────────────────────────────────
  const target = gatehouseTarget(gatehouse, token);
  if (STEPS.has("listing")) {
    const size = await probe(target, LISTING);
    console.log(`accounts(first: 50) listing (${size.nodes} accounts, ${size.nested} applications; adminUser, plan, applicationCount, applications(first: 10) { plan service })`);
    console.log(`  ${describe(await measure(target, LISTING, loadOptions()))}   (load ${loadAverage()})`);
  }

  // ── 4. search by user key ───────────────────────────────────────────────────────────────────────
  if (STEPS.has("search")) {
    const keys = (await sql`select user_key from applications where tenant_id = ${tenantId} order by random() limit ${SEARCHES}`).map((r) => r.user_key as string);
    console.log(`\nsearch by a real user key, ${keys.length} sequential requests, a different key each:`);
    const accountSearch = await timed(client, keys, `query($k: String!) { accounts(filter: { search: $k }, first: 10) { nodes { id orgName } } }`, (data) =>
      (data as { accounts: { nodes: unknown[] } }).accounts.nodes.length === 1,
    );
    console.log(`  accounts(filter: { search: <user key> }, first: 10)      ${latencies(accountSearch)}   (load ${loadAverage()})`);
    const appSearch = await timed(client, keys, `query($k: String!) { applications(filter: { search: $k }, first: 10) { nodes { id name userKey } } }`, (data) =>
      (data as { applications: { nodes: unknown[] } }).applications.nodes.length === 1,
    );
    console.log(`  applications(filter: { search: <user key> }, first: 10)  ${latencies(appSearch)}   (load ${loadAverage()})`);
  }

  // ── 5. side by side with PostGraphile, in the tenant's scope ───────────────────────────────────
  if (STEPS.has("compare")) await compareWithPostGraphile(target, database, comparisons, { tenantId });

  // ── 6. bulk approve of the PENDING accounts ─────────────────────────────────────────────────────
  if (STEPS.has("bulk")) await bulkApprove(client, ACCOUNTS / 2);

  // ── 7. CSV export of the applications ───────────────────────────────────────────────────────────
  if (STEPS.has("export")) await csvExport(client, gatehouse.url, token, ACCOUNTS * APPS_PER_ACCOUNT);

  console.log(`\nload average at the end: ${loadAverage()} (1 min); ${ROUNDS} rounds of ${SECONDS} s`);
}

/**
 * Steps 1 and 2: the throw-away database, Gatehouse on it, the tenant with its catalog and token, the
 * seeded accounts and applications (checked through GraphQL). Everything started is in `cleanups`.
 */
export async function setUpAccountsTenant() {
  const adminUrl = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || DEFAULT_URL;
  const temp = await mkdtemp(path.join(os.tmpdir(), "gatehouse-bench-"));
  cleanups.push(() => rm(temp, { recursive: true, force: true }));
  const database = await createBenchDatabase(adminUrl);
  cleanups.push(database.drop);
  if (LOG_MIN_DURATION_MS !== null) {
    // Before any connection to it: PostgreSQL logs this database's slow statements (with their duration) to its server log.
    const owner = postgres(database.url, { max: 1, onnotice: () => {} });
    const name = new URL(database.url).pathname.slice(1);
    try {
      await owner.unsafe(`alter database "${name}" set log_min_duration_statement = ${LOG_MIN_DURATION_MS}`);
      // And their plans, with actual times and buffers (auto_explain, a contrib module of PostgreSQL).
      await owner.unsafe(`alter database "${name}" set session_preload_libraries = 'auto_explain'`);
      await owner.unsafe(`alter database "${name}" set auto_explain.log_min_duration = ${LOG_MIN_DURATION_MS}`);
      await owner.unsafe(`alter database "${name}" set auto_explain.log_analyze = on`);
      await owner.unsafe(`alter database "${name}" set auto_explain.log_buffers = on`);
    } finally {
      await owner.end();
    }
  }
  // The listing of issue 9 costs 1701 by the server's cost rules, within the default limit (5000).
  const gatehouse = await startGatehouse(database, temp);
  const endpoint = `${gatehouse.url}/graphql`;

  console.log(
    `Gatehouse bench: accounts — PostgreSQL ${database.serverVersion} at ${redacted(adminUrl)} (throw-away database); ${os.cpus().length} cores, ` +
      `${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${loadAverage()}, Node ${process.version}; server in its own process; ` +
      `${SECONDS} s per run, ${CONNECTIONS} connections\n`,
  );

  // ── 1. the tenant, its catalog and a token, through GraphQL ─────────────────────────────────────
  let started = performance.now();
  const master = new GraphQLClient(endpoint);
  await master.login(MASTER);
  const created = await master.ok<{ createTenant: { tenant: { subdomain: string } | null; userErrors: unknown[] } }>(
    `mutation($i: CreateTenantInput!) { createTenant(input: $i) { tenant { subdomain } userErrors { code message } } }`,
    { i: { name: "Bench Provider", adminEmail: TENANT_ADMIN.email, adminPassword: TENANT_ADMIN.password } },
  );
  if (!created.createTenant.tenant) throw new Error(`createTenant: ${JSON.stringify(created.createTenant.userErrors)}`);
  const subdomain = created.createTenant.tenant.subdomain;
  const admin = new GraphQLClient(endpoint);
  await admin.login({ tenant: subdomain, ...TENANT_ADMIN });
  for (const [i, name] of PRODUCTS.entries()) {
    const service = await mutate<{ service: { id: string } }>(admin, "createService", "CreateServiceInput", { name });
    // Besides the default plans every product gets (Basic, the default, and Unlimited): a paid one.
    await mutate(admin, "createApplicationPlan", "CreateApplicationPlanInput", { serviceId: service.service.id, name: "Pro", costPerMonth: String(49 + i * 50) });
  }
  await mutate(admin, "createAccountPlan", "CreateAccountPlanInput", { name: "Partner", costPerMonth: "99" });
  const token = (
    await mutate<{ token: string }>(admin, "createAccessToken", "CreateAccessTokenInput", {
      name: "bench accounts",
      scopes: ["ACCOUNT_MANAGEMENT"],
      permission: "READ_WRITE",
    }, "token")
  ).token;
  const client = new GraphQLClient(endpoint, { authorization: `Bearer ${token}` });
  const graphqlSetup = performance.now() - started;

  // ── 2. the accounts and applications, set-based, as the database owner ─────────────────────────
  const sql = postgres(database.url, { max: 1, onnotice: () => {} });
  cleanups.push(() => sql.end());
  started = performance.now();
  const [{ id: tenantId }] = (await sql`select id from tenants where subdomain = ${subdomain}`) as unknown as [{ id: string }];
  const rows = await seedSql(sql, tenantId);
  const seedSeconds = (performance.now() - started) / 1000;
  started = performance.now();
  await sql`analyze accounts, account_users, service_subscriptions, applications, application_keys, plans, services`;
  const analyzeSeconds = (performance.now() - started) / 1000;
  console.log(
    `seed: tenant "${subdomain}", ${PRODUCTS.length} products (besides its first, "API"), plans and a READ_WRITE ACCOUNT_MANAGEMENT token through GraphQL in ${seconds(graphqlSetup / 1000)}; ` +
      `${fmt(rows.accounts)} accounts, ${fmt(rows.users)} admin users, ${fmt(rows.subscriptions)} subscriptions, ${fmt(rows.applications)} applications ` +
      `(on ${rows.plans} application plans of ${rows.products} products) ` +
      `and ${fmt(rows.keys)} app keys with set-based SQL in ${seconds(seedSeconds)} (${fmt(Math.round((rows.accounts + rows.users + rows.subscriptions + rows.applications + rows.keys) / seedSeconds))} rows/s), ANALYZE ${seconds(analyzeSeconds)}`,
  );
  const counts = await client.ok<{ all: { totalCount: number }; pending: { totalCount: number }; apps: { totalCount: number } }>(
    `{ all: accounts(first: 1) { totalCount } pending: accounts(first: 1, filter: { states: [PENDING] }) { totalCount } apps: applications(first: 1) { totalCount } }`,
  );
  const expected = { all: ACCOUNTS, pending: ACCOUNTS / 2, apps: ACCOUNTS * APPS_PER_ACCOUNT };
  const seen = { all: counts.all.totalCount, pending: counts.pending.totalCount, apps: counts.apps.totalCount };
  if (seen.all !== expected.all || seen.pending !== expected.pending || seen.apps !== expected.apps) {
    throw new Error(`the seed is not what GraphQL sees: expected ${JSON.stringify(expected)}, got ${JSON.stringify(seen)}`);
  }
  console.log(`seed checked through GraphQL: accounts totalCount ${fmt(seen.all)} (${fmt(seen.pending)} PENDING), applications totalCount ${fmt(seen.apps)}\n`);
  return { database, gatehouse, token, client, sql, tenantId };
}

interface SeededRows {
  accounts: number;
  users: number;
  subscriptions: number;
  applications: number;
  keys: number;
  products: number;
  plans: number;
}

/**
 * The accounts and what hangs off them, in one transaction, each table with one INSERT … SELECT over
 * generate_series, in the formats the server writes: ids from the columns' default (gen_random_uuid()),
 * user keys and client secrets of 32 hex characters and app IDs of 16 (application.service.ts's
 * generateKey/generateAppId; md5 of a per-run salt and the row's position: unique), timestamps with
 * milliseconds, one ADMIN user per account with unique lower(email) and lower(username), one LIVE
 * subscription per account and product on its default service plan, one app key per application (as
 * createApplication does). Every account has exactly five applications, over the three products, on the
 * products' application plans in turn; every second account is PENDING, the others APPROVED. Every account
 * is subscribed to every product (its five applications cover the four).
 */
async function seedSql(sql: postgres.Sql, tenantId: string): Promise<SeededRows> {
  const salt = randomBytes(8).toString("hex");
  return (await sql.begin(async (tx) => {
    const accounts = await tx`
      insert into accounts (tenant_id, org_name, state, plan_id, fields, vat_rate, created_at, updated_at, state_changed_at)
      select ${tenantId}::uuid,
             (array['Acme','Blue','Bright','Cloud','Delta','Echo','Falcon','Green','Harbor','Iron','Jade','Kite','Lumen','Maple','Nova','Orbit','Pixel','Quartz','River','Summit'])[1 + i % 20]
               || ' ' || (array['Labs','Logistics','Health','Media','Payments','Analytics','Retail','Travel','Robotics','Studio'])[1 + (i / 20) % 10] || ' ' || i,
             case when i % 2 = 0 then 'PENDING' else 'APPROVED' end,
             case when i % 5 = 4 then partner.id else standard.id end,
             jsonb_build_object('country', (array['ES','DE','US','GB','FR'])[1 + i % 5], 'vat_rate', (array['21','19','0','20','20'])[1 + i % 5]),
             (array[21, 19, 0, 20, 20])[1 + i % 5]::numeric,
             t.at, t.at, t.at
      from generate_series(1, ${ACCOUNTS}::int) as i
      cross join lateral (select date_trunc('milliseconds', clock_timestamp() - make_interval(mins => (${ACCOUNTS}::int - i) * 50)) as at) t
      cross join (select id from plans where tenant_id = ${tenantId} and kind = 'ACCOUNT' and is_default) standard
      cross join (select id from plans where tenant_id = ${tenantId} and kind = 'ACCOUNT' and system_name = 'partner') partner`;
    const users = await tx`
      insert into account_users (tenant_id, account_id, username, email, role, state, fields, created_at, updated_at)
      select a.tenant_id, a.id, 'dev' || a.n, 'dev' || a.n || '@org' || a.n || '.example.com', 'ADMIN',
             case when a.state = 'APPROVED' then 'ACTIVE' else 'PENDING' end,
             jsonb_build_object('first_name', (array['Ada','Ben','Chloe','Dev','Elena','Farid','Grace','Hugo'])[1 + a.n % 8],
                                'last_name', (array['Lovelace','Okafor','Martin','Patel','Rossi','Haddad'])[1 + a.n % 6]),
             a.created_at, a.created_at
      from (select id, tenant_id, state, created_at, row_number() over (order by created_at, id) as n from accounts where tenant_id = ${tenantId}) a`;
    const subscriptions = await tx`
      insert into service_subscriptions (tenant_id, account_id, service_id, plan_id, state, created_at, updated_at)
      select a.tenant_id, a.id, p.service_id, p.id, 'LIVE', a.created_at, a.created_at
      from accounts a
      join plans p on p.tenant_id = a.tenant_id and p.kind = 'SERVICE' and p.is_default
      where a.tenant_id = ${tenantId}`;
    const applications = await tx`
      with svc as (select id, (row_number() over (order by created_at, id) - 1)::int as n, count(*) over ()::int as c from services where tenant_id = ${tenantId}),
           ap as (select id, service_id, (row_number() over (partition by service_id order by created_at, id) - 1)::int as n, count(*) over (partition by service_id)::int as c
                  from plans where tenant_id = ${tenantId} and kind = 'APPLICATION' and custom_for_application_id is null),
           acc as (select id, tenant_id, created_at, row_number() over (order by created_at, id)::int as i from accounts where tenant_id = ${tenantId})
      insert into applications (tenant_id, account_id, service_id, plan_id, name, state, user_key, app_id, client_secret, created_at, updated_at)
      select acc.tenant_id, acc.id, svc.id, ap.id,
             (array['Mobile app','Web shop','Data sync','Partner portal','Internal dashboard','Checkout','Newsletter','Analytics job','iOS client','Android client'])[1 + (acc.i + j * 3) % 10],
             case when ap_plan.approval_required then 'PENDING' when j = 4 and acc.i % 7 = 0 then 'SUSPENDED' else 'LIVE' end,
             md5(${salt} || ':key:' || acc.i || ':' || j),
             left(md5(${salt} || ':app:' || acc.i || ':' || j), 16),
             md5(${salt} || ':secret:' || acc.i || ':' || j),
             acc.created_at + make_interval(hours => j + 1), acc.created_at + make_interval(hours => j + 1)
      from acc
      cross join generate_series(0, ${APPS_PER_ACCOUNT - 1}::int) as j
      join svc on svc.n = (acc.i + j) % svc.c
      join ap on ap.service_id = svc.id and ap.n = (acc.i * 3 + j) % ap.c
      join plans ap_plan on ap_plan.id = ap.id`;
    const keys = await tx`
      insert into application_keys (tenant_id, application_id, value, created_at)
      select tenant_id, id, md5(${salt} || ':appkey:' || id::text), created_at from applications where tenant_id = ${tenantId}`;
    const [used] = await tx`select count(distinct service_id)::int as products, count(distinct plan_id)::int as plans from applications where tenant_id = ${tenantId}`;
    return {
      accounts: accounts.count,
      users: users.count,
      subscriptions: subscriptions.count,
      applications: applications.count,
      keys: keys.count,
      products: used!.products as number,
      plans: used!.plans as number,
    };
  })) as SeededRows;
}

/** Runs a mutation `name(input: $i) { <select> userErrors { code message } }` that must have no user errors; returns its payload. */
async function mutate<T = Record<string, unknown>>(client: GraphQLClient, name: string, inputType: string, input: Record<string, unknown>, select?: string): Promise<T> {
  const selection = select ?? { createService: "service { id }", createApplicationPlan: "plan { id }", createAccountPlan: "plan { id }" }[name] ?? "__typename";
  const data = await client.ok<Record<string, T & { userErrors: unknown[] }>>(`mutation($i: ${inputType}!) { ${name}(input: $i) { ${selection} userErrors { code message } } }`, { i: input });
  const payload = data[name]!;
  if (payload.userErrors.length) throw new Error(`${name}: ${JSON.stringify(payload.userErrors)}`);
  return payload;
}

/** Each variable value once, one request at a time; every answer must pass `check`. Milliseconds per request. */
async function timed(client: GraphQLClient, values: string[], query: string, check: (data: unknown) => boolean): Promise<number[]> {
  // A first request outside the figures: the query's plan and the server's caches warm up.
  await client.ok(query, { k: values[0] });
  const times: number[] = [];
  for (const value of values) {
    abort.signal.throwIfAborted();
    const start = performance.now();
    const data = await client.ok(query, { k: value });
    times.push(performance.now() - start);
    if (!check(data)) throw new Error(`${query} with ${value}: unexpected answer ${JSON.stringify(data).slice(0, 300)}`);
  }
  return times;
}

async function bulkApprove(client: GraphQLClient, pending: number): Promise<void> {
  const started = performance.now();
  const run = await client.ok<{ runBulkAccountOperation: { job: { id: string } | null; userErrors: unknown[] } }>(
    `mutation { runBulkAccountOperation(input: { filter: { states: [PENDING] }, operation: APPROVE }) { job { id } userErrors { code message } } }`,
  );
  const job = run.runBulkAccountOperation.job;
  if (!job) throw new Error(`runBulkAccountOperation: ${JSON.stringify(run.runBulkAccountOperation.userErrors)}`);
  const enqueued = performance.now() - started;
  interface Job {
    status: string;
    total: number | null;
    processed: number;
    succeeded: number;
    failed: number;
    error: string | null;
    startedAt: string | null;
    finishedAt: string | null;
  }
  let state: Job;
  for (;;) {
    abort.signal.throwIfAborted();
    state = (await client.ok<{ job: Job }>(`query($id: ID!) { job(id: $id) { status total processed succeeded failed error startedAt finishedAt } }`, { id: job.id })).job;
    if (!["QUEUED", "RUNNING"].includes(state.status)) break;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  const wall = (performance.now() - started) / 1000;
  const worker = state.startedAt && state.finishedAt ? (Date.parse(state.finishedAt) - Date.parse(state.startedAt)) / 1000 : null;
  const left = await client.ok<{ accounts: { totalCount: number } }>(`{ accounts(first: 1, filter: { states: [PENDING] }) { totalCount } }`);
  console.log(
    `\nbulk APPROVE of the PENDING accounts by filter (runBulkAccountOperation, job polled every 100 ms): ${state.status}, ` +
      `${fmt(state.succeeded)} succeeded, ${fmt(state.failed)} failed of ${fmt(state.total ?? state.processed)} (${fmt(pending)} expected)${state.error ? `, error: ${state.error}` : ""}; ` +
      `wall ${seconds(wall)} (mutation answered in ${Math.round(enqueued)} ms${worker === null ? "" : `, worker ${seconds(worker)}`}), ` +
      `${fmt(Math.round(state.processed / wall))} items/s; PENDING left: ${left.accounts.totalCount}   (load ${loadAverage()})`,
  );
}

/**
 * The CSV export of all applications (contract of issue 9): `exportApplications` answers an export to follow
 * with `export(id:)` until READY; its `url` (relative to the server) is fetched with the same bearer token
 * and read as a stream. Prints "not available" while the server has no `exportApplications`.
 */
async function csvExport(client: GraphQLClient, serverUrl: string, token: string, expectedRows: number): Promise<void> {
  interface Export {
    id: string;
    status: string;
    url: string | null;
    rowCount: number | null;
  }
  const started = performance.now();
  let created: { export: Export | null; userErrors: { code: string; message: string }[] };
  try {
    created = (
      await client.ok<{ exportApplications: typeof created }>(
        `mutation { exportApplications(input: { filter: {} }) { export { id status url rowCount } userErrors { code message } } }`,
      )
    ).exportApplications;
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/Cannot query field \\?"exportApplications\\?"/.test(message)) {
      console.log(`\nCSV export: not available (this server has no exportApplications mutation)`);
      return;
    }
    throw error;
  }
  if (!created.export) throw new Error(`exportApplications: ${JSON.stringify(created.userErrors)}`);
  let current = created.export;
  while (current.status === "QUEUED" || current.status === "RUNNING") {
    abort.signal.throwIfAborted();
    await new Promise((resolve) => setTimeout(resolve, 100));
    current = (await client.ok<{ export: Export }>(`query($id: ID!) { export(id: $id) { id status url rowCount } }`, { id: current.id })).export;
  }
  const ready = performance.now() - started;
  if (current.status !== "READY" || !current.url) throw new Error(`export ${current.id} ended ${current.status}${current.url ? "" : " without a url"}`);

  const res = await fetch(new URL(current.url, serverUrl), { headers: { authorization: `Bearer ${token}` }, signal: abort.signal });
  if (!res.ok || !res.body) throw new Error(`GET ${current.url}: HTTP ${res.status}`);
  // Records, not lines: a quoted field may hold a newline.
  let records = 0;
  let bytes = 0;
  let quoted = false;
  let lastByte = 0x0a;
  for await (const chunk of res.body as unknown as AsyncIterable<Uint8Array>) {
    bytes += chunk.length;
    for (const byte of chunk) {
      if (byte === 0x22) quoted = !quoted;
      else if (byte === 0x0a && !quoted) records++;
      lastByte = byte;
    }
  }
  if (lastByte !== 0x0a && bytes > 0) records++;
  const rows = Math.max(0, records - 1); // less the header
  const wall = (performance.now() - started) / 1000;
  const download = wall - ready / 1000;
  console.log(
    `\nCSV export of the applications (exportApplications, export(id) polled every 100 ms, then GET url streamed): ${fmt(rows)} rows ` +
      `(rowCount ${current.rowCount ?? "?"}, ${fmt(expectedRows)} expected), ${(bytes / 2 ** 20).toFixed(1)} MB; READY after ${seconds(ready / 1000)} ` +
      `(${fmt(Math.round(rows / (ready / 1000)))} rows/s), download ${seconds(download)} (${fmt(Math.round(rows / download))} rows/s); ` +
      `wall ${seconds(wall)}: ${fmt(Math.round(rows / wall))} rows/s   (load ${loadAverage()})`,
  );
}

function latencies(times: number[]): string {
  const sorted = [...times].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)]!;
  return `p50 ${median(sorted).toFixed(1)} ms   p99 ${at(0.99).toFixed(1)} ms   max ${sorted.at(-1)!.toFixed(1)} ms`;
}

function loadAverage(): string {
  return os.loadavg()[0]!.toFixed(1);
}

function seconds(value: number): string {
  return `${value.toFixed(value < 10 ? 2 : 1)} s`;
}

function fmt(value: number): string {
  return value.toLocaleString("en-US");
}

/** The URL without its password, for printing. */
function redacted(url: string): string {
  const parsed = new URL(url);
  if (parsed.password) parsed.password = "***";
  return parsed.toString();
}
