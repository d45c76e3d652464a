import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { type BenchDatabase, createBenchDatabase } from "./bench-database.js";
import { GraphQLClient } from "./graphql-client.js";
import {
  abort,
  cleanups,
  compareWithPostGraphile,
  CONNECTIONS,
  describe,
  gatehouseTarget,
  loadOptions,
  MASTER,
  probe,
  runBench,
  SECONDS,
  startGatehouse,
} from "./harness.js";
import { measure } from "./load.js";
import type { ServerProcess } from "./server-process.js";
import { firstLoadLines } from "./first-load.js";
import { benchMappingRules } from "./mapping-rules.js";

/**
 * `pnpm bench`: measures Gatehouse as `pnpm start` runs it — the server in its own process, loaded over
 * loopback by autocannon from this process (a load generator inside the server's event loop would
 * understate the server).
 *
 * 1. Starts the server with the arguments of the server's `start` script (`node --max-semi-space-size=64 --import tsx src/main.ts`) on
 *    a fresh embedded PGlite data dir in a temp folder, or — with a PostgreSQL URL — on a throw-away
 *    database it creates on that server and drops at the end. GATEHOUSE_BENCH=1 makes the server report
 *    its SQL statement counter on /healthz (a header; nothing else changes). LOG_LEVEL=warn: no log line
 *    per request (PostGraphile writes none either).
 * 2. Seeds through GraphQL as the master: 60 tenants, each with its admin user; a read-only token.
 * 3. Per scenario: a warm-up of 10 requests per connection (its SQL statements are counted: exact), then
 *    BENCH_SECONDS of load; prints req/s, p50, p99, SQL statements per request, failed responses (errors,
 *    non-2xx, and any body with GraphQL `errors` — those come back as HTTP 200).
 * 4. On PostgreSQL only (PostGraphile does not run on PGlite): starts PostGraphile v5 as its own process on
 *    the same database with the same row-level security (role gatehouse_app, app.master=on; see
 *    postgraphile-server.ts) and runs the equivalent nested and flat listings against both, interleaving
 *    BENCH_ROUNDS rounds; prints the median Gatehouse/PostGraphile req/s ratio with min–max.
 * Ctrl-C stops the load, both servers (SIGTERM, their clean shutdown) and removes the temp data; a
 * second Ctrl-C exits at once. The script runs as `node --import tsx`, not through the tsx CLI, whose
 * signal relay re-sends a Ctrl-C it does not see acknowledged within 30 ms and then kills the bench.
 *
 * Environment:
 *   BENCH_DATABASE_URL  postgres:// URL of a server where the bench may create and drop a database
 *                       (falls back to TEST_DATABASE_URL); unset → PGlite and no PostGraphile comparison
 *   BENCH_SECONDS       seconds of load per run (default 5)
 *   BENCH_CONNECTIONS   concurrent connections, one request in flight each (default 10)
 *   BENCH_ROUNDS        interleaved Gatehouse/PostGraphile rounds (default 4)
 *   BENCH_COMPARE       only the comparisons whose name starts with it (e.g. nested), for a profile of one
 *   BENCH_KEEP_DATABASE set: the throw-away database is kept (its name printed), to look at its plans in psql
 *   BENCH_CPU_PROFILE   a folder: Gatehouse runs with --cpu-prof and writes its .cpuprofile there when it
 *                       stops (open it in Chrome DevTools → Performance, or `node bench/profile-summary.ts`)
 *
 * `pnpm bench accounts` runs the developer accounts scenario instead (accounts.ts), `pnpm bench usage` the
 * usage endpoint and analytics (usage.ts). The shared parts
 * (settings, Ctrl-C, servers, comparison, formatting) are in harness.ts.
 */
const ADMIN_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
const TENANTS = 60;

/** What Gatehouse is measured on alone (the README's table). */
const gatehouseScenarios = [
  { name: "viewer (bearer token)", query: `{ viewer { id email tenant { id name } } }` },
  {
    name: "tenants(first: 50) with users",
    query: `{ tenants(first: 50) { totalCount nodes { id name subdomain createdAt users(first: 5) { nodes { id email role } } } } }`,
  },
];

/**
 * The same listings in both schemas. Order differs — Gatehouse lists newest first; PostGraphile orders by
 * indexed columns only and takes the primary key — which over 61 rows costs the same.
 */
const comparisons = [
  {
    name: "nested: tenants(first: 50) { users(first: 5) }",
    gatehouse: `{ tenants(first: 50) { nodes { id name subdomain users(first: 5) { nodes { id email } } } } }`,
    postgraphile: `{ allTenants(first: 50) { nodes { id name subdomain usersByTenantId(first: 5) { nodes { id email } } } } }`,
  },
  {
    name: "flat: tenants(first: 20)",
    gatehouse: `{ tenants(first: 20) { nodes { id name subdomain createdAt } } }`,
    postgraphile: `{ allTenants(first: 20) { nodes { id name subdomain createdAt } } }`,
  },
];

const scenario = process.argv[2];
if (scenario === "accounts") {
  const { benchAccounts } = await import("./accounts.js");
  await runBench(benchAccounts);
} else if (scenario === "usage") {
  const { benchUsage } = await import("./usage.js");
  await runBench(benchUsage);
} else if (scenario === undefined) {
  await runBench(async () => {
    await bench();
    // The usage endpoint runs every reported request through the service's mapping rules: on one core, here.
    console.log(`\n${await benchMappingRules()}`);
    console.log(`\n${firstLoadLines().join("\n")}`);
    // Other work on the machine moves the figures; say how busy it was.
    console.log(`\nload average at the end: ${os.loadavg()[0]!.toFixed(1)} (1 min)`);
  });
} else {
  console.error(`pnpm bench: unknown scenario "${scenario}"; run it without an argument, or with "accounts" or "usage"`);
  process.exitCode = 2;
}

async function bench() {
  const temp = await mkdtemp(path.join(os.tmpdir(), "gatehouse-bench-"));
  cleanups.push(() => rm(temp, { recursive: true, force: true }));
  let database: BenchDatabase | null = null;
  if (ADMIN_URL) {
    database = await createBenchDatabase(ADMIN_URL);
    cleanups.push(database.drop);
  }

  const gatehouse = await startGatehouse(database, temp);
  const token = await seed(gatehouse);
  const target = gatehouseTarget(gatehouse, token);

  const where = database ? `PostgreSQL ${database.serverVersion} (throw-away database)` : "embedded PGlite (temp data dir)";
  console.log(
    `Gatehouse bench — ${where}; ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, load ${os.loadavg()[0]!.toFixed(1)}, ` +
      `Node ${process.version}; server in its own process; ${SECONDS} s per run, ${CONNECTIONS} connections\n`,
  );
  for (const scenario of gatehouseScenarios) {
    await probe(target, scenario.query);
    console.log(`${scenario.name.padEnd(32)} ${describe(await measure(target, scenario.query, loadOptions()))}`);
  }

  if (!database) {
    console.log(
      "\nPostGraphile comparison skipped: PostGraphile needs PostgreSQL (it does not run on PGlite). " +
        "Set BENCH_DATABASE_URL, e.g. postgres://postgres@127.0.0.1:5432/postgres.",
    );
    return;
  }
  await compareWithPostGraphile(target, database, comparisons);
}

/** The master creates the tenants (each with its admin user) and a read-only token the load uses. */
async function seed(gatehouse: ServerProcess): Promise<string> {
  const master = new GraphQLClient(`${gatehouse.url}/graphql`);
  await master.login(MASTER);
  for (let i = 0; i < TENANTS; i++) {
    abort.signal.throwIfAborted();
    const data = await master.ok<{ createTenant: { userErrors: unknown[] } }>(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { userErrors { code message } } }`, {
      i: { name: `Bench tenant ${i}`, adminEmail: `admin${i}@bench.test`, adminPassword: "bench-password" },
    });
    if (data.createTenant.userErrors.length) throw new Error(`createTenant: ${JSON.stringify(data.createTenant.userErrors)}`);
  }
  const data = await master.ok<{ createAccessToken: { token: string } }>(
    `mutation { createAccessToken(input: { name: "bench", scopes: [ACCOUNT_MANAGEMENT], permission: READ_ONLY }) { token } }`,
  );
  return data.createAccessToken.token;
}
