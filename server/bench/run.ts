import { randomBytes } from "node:crypto";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { type BenchDatabase, createBenchDatabase } from "./bench-database.js";
import { GraphQLClient } from "./graphql-client.js";
import { type LoadResult, type LoadTarget, measure } from "./load.js";
import { freePort, type ServerProcess, startServerProcess } from "./server-process.js";
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
 *   BENCH_CPU_PROFILE   a folder: Gatehouse runs with --cpu-prof and writes its .cpuprofile there when it
 *                       stops (open it in Chrome DevTools → Performance, or `node bench/profile-summary.ts`)
 */
const SECONDS = positiveInt("BENCH_SECONDS", 5);
const CONNECTIONS = positiveInt("BENCH_CONNECTIONS", 10);
const ROUNDS = positiveInt("BENCH_ROUNDS", 4);
const ADMIN_URL = process.env.BENCH_DATABASE_URL || process.env.TEST_DATABASE_URL || undefined;
const PROFILE_DIR = process.env.BENCH_CPU_PROFILE ? path.resolve(process.env.BENCH_CPU_PROFILE) : null;
const TENANTS = 60;

const serverDir = fileURLToPath(new URL("..", import.meta.url));
const MASTER = { email: "master@bench.test", password: "bench-master-password" };

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

const abort = new AbortController();
/** Undone in reverse order at the end, on failure and on Ctrl-C. */
const cleanups: (() => Promise<void>)[] = [];

let interruptedAt = 0;
for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.on(signal, () => {
    // A signal within a second of the first is the same Ctrl-C relayed by a parent (pnpm), not a second one.
    if (abort.signal.aborted) {
      if (Date.now() - interruptedAt > 1000) process.exit(130);
      return;
    }
    interruptedAt = Date.now();
    console.error(`\n${signal}: stopping the load and the servers (Ctrl-C again to exit at once)…`);
    abort.abort(new Error(`interrupted by ${signal}`));
  });
}

try {
  await bench();
  // The usage endpoint runs every reported request through the service's mapping rules: on one core, here.
  console.log(`\n${await benchMappingRules()}`);
  console.log(`\n${firstLoadLines().join("\n")}`);
  // Other work on the machine moves the figures; say how busy it was.
  console.log(`\nload average at the end: ${os.loadavg()[0]!.toFixed(1)} (1 min)`);
} catch (error) {
  if (abort.signal.aborted) process.exitCode = 130;
  else {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  }
} finally {
  for (const cleanup of cleanups.reverse()) {
    await cleanup().catch((error: unknown) => {
      console.error(`cleanup: ${error instanceof Error ? error.message : String(error)}`);
      process.exitCode ||= 1;
    });
  }
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
  const target: LoadTarget = {
    name: "Gatehouse",
    endpoint: `${gatehouse.url}/graphql`,
    headers: { authorization: `Bearer ${token}` },
    statements: { read: () => statementCount(gatehouse), statementsPerReading: 1 },
  };

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
  await compareWithPostGraphile(target, database);
}

async function startGatehouse(database: BenchDatabase | null, temp: string): Promise<ServerProcess> {
  const port = await freePort();
  const env = withoutServerSettings(process.env);
  Object.assign(env, {
    NODE_ENV: "production",
    PORT: String(port),
    HOST: "127.0.0.1",
    GATEHOUSE_SECRET: randomBytes(32).toString("base64url"),
    GATEHOUSE_MASTER_EMAIL: MASTER.email,
    GATEHOUSE_MASTER_PASSWORD: MASTER.password,
    GATEHOUSE_DEMO: "0",
    GATEHOUSE_BENCH: "1",
    LOG_LEVEL: "warn",
    ...(database ? { DATABASE_URL: database.url } : { GATEHOUSE_DATA_DIR: path.join(temp, "data") }),
  });
  const server = await startServerProcess({
    name: "Gatehouse",
    nodeArgs: [...(PROFILE_DIR ? ["--cpu-prof", `--cpu-prof-dir=${PROFILE_DIR}`] : []), ...(await startScriptNodeArgs())],
    cwd: serverDir,
    env,
    port,
    isReady: async (url) => (await fetch(`${url}/healthz`)).ok,
    signal: abort.signal,
  });
  cleanups.push(server.stop);
  return server;
}

/** The master creates the tenants (each with its admin user) and a read-only token the load uses. */
/** The node arguments of the server's `start` script (`node <args>`), so the bench runs what `pnpm start` runs. */
async function startScriptNodeArgs(): Promise<string[]> {
  const start = (JSON.parse(await readFile(path.join(serverDir, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [command, ...args] = start.trim().split(/\s+/);
  if (command !== "node") throw new Error(`server/package.json's start script must be "node <args>", got "${start}"`);
  return args;
}

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

async function statementCount(gatehouse: ServerProcess): Promise<number> {
  const res = await fetch(`${gatehouse.url}/healthz`);
  const count = Number(res.headers.get("x-gatehouse-sql-statements"));
  if (!res.ok || !Number.isFinite(count) || count <= 0) throw new Error("Gatehouse /healthz reports no SQL statement count (GATEHOUSE_BENCH=1)");
  return count;
}

async function compareWithPostGraphile(gatehouse: LoadTarget, database: BenchDatabase) {
  const version = (JSON.parse(await readFile(path.join(serverDir, "node_modules/postgraphile/package.json"), "utf8")) as { version: string }).version;
  const port = await freePort();
  const server = await startServerProcess({
    name: "PostGraphile",
    // Node 20 lacks Promise.withResolvers, which PostGraphile v5 uses.
    nodeArgs: ["--require", "./bench/promise-with-resolvers.cjs", "--import", "tsx", "bench/postgraphile-server.ts"],
    cwd: serverDir,
    env: { ...withoutServerSettings(process.env), DATABASE_URL: database.url, PORT: String(port), GRAPHILE_ENV: "production" },
    port,
    isReady: async (url) => (await fetch(`${url}/graphql`, graphqlPost("{ __typename }"))).ok,
    signal: abort.signal,
  });
  cleanups.push(server.stop);
  const postgraphile: LoadTarget = { name: "PostGraphile", endpoint: `${server.url}/graphql`, headers: {} };

  // The settings Gatehouse uses for the master must reach PostGraphile's transactions.
  const scope = await new GraphQLClient(postgraphile.endpoint).ok<{ gatehouseIsMaster: boolean }>("{ gatehouseIsMaster }");
  if (scope.gatehouseIsMaster !== true) throw new Error("PostGraphile's pgSettings did not set app.master=on");

  console.log(
    `\nGatehouse vs PostGraphile ${version} — same database, row-level security as role gatehouse_app with app.master=on; ` +
      `${ROUNDS} interleaved rounds, ${SECONDS} s per run, ${CONNECTIONS} connections`,
  );
  for (const comparison of comparisons) {
    const [a, b] = [await probe(gatehouse, comparison.gatehouse), await probe(postgraphile, comparison.postgraphile)];
    if (a.nodes !== b.nodes || a.nested !== b.nested) {
      throw new Error(`${comparison.name}: the two answers differ in size (Gatehouse ${JSON.stringify(a)}, PostGraphile ${JSON.stringify(b)})`);
    }
  }

  const results = comparisons.map(() => ({ gatehouse: [] as LoadResult[], postgraphile: [] as LoadResult[] }));
  for (let round = 1; round <= ROUNDS; round++) {
    for (const [i, comparison] of comparisons.entries()) {
      // Alternate who goes first, so drift in the machine's speed does not favour one side.
      const order = round % 2 === 1 ? (["gatehouse", "postgraphile"] as const) : (["postgraphile", "gatehouse"] as const);
      for (const side of order) {
        const target = side === "gatehouse" ? gatehouse : postgraphile;
        results[i]![side].push(await measure(target, comparison[side], loadOptions()));
      }
      const g = results[i]!.gatehouse.at(-1)!;
      const p = results[i]!.postgraphile.at(-1)!;
      console.log(
        `  round ${round}  ${comparison.name.padEnd(48)} Gatehouse ${rps(g)}  PostGraphile ${rps(p)}  ${ratio(g.requestsPerSecond / p.requestsPerSecond)}` +
          `${g.failed + p.failed ? `  (${g.failed} / ${p.failed} failed)` : ""}`,
      );
    }
  }

  console.log("");
  for (const [i, comparison] of comparisons.entries()) {
    const { gatehouse: g, postgraphile: p } = results[i]!;
    const ratios = g.map((r, round) => r.requestsPerSecond / p[round]!.requestsPerSecond);
    const failed = [...g, ...p].reduce((sum, r) => sum + r.failed, 0);
    console.log(
      `${comparison.name.padEnd(48)} Gatehouse/PostGraphile ${ratio(median(ratios))} (min ${ratio(Math.min(...ratios))} – max ${ratio(Math.max(...ratios))}); ` +
        `median Gatehouse ${Math.round(median(g.map((r) => r.requestsPerSecond)))} req/s (${g[0]!.statementsPerRequest?.toFixed(1)} SQL/request), ` +
        `PostGraphile ${Math.round(median(p.map((r) => r.requestsPerSecond)))} req/s; ${failed} failed`,
    );
  }
}

/**
 * One request before the load: it must succeed (a broken query would otherwise only show as failures),
 * and its size lets the comparison check that both servers answer the same listing.
 */
async function probe(target: LoadTarget, query: string): Promise<{ nodes: number; nested: number }> {
  const data = await new GraphQLClient(target.endpoint, target.headers).ok(query);
  const list = Object.values(data)[0] as { nodes?: Record<string, { nodes?: unknown[] } | unknown>[] };
  const nodes = list.nodes ?? [];
  const nested = nodes.reduce((sum, node) => sum + Object.values(node).reduce<number>((n, v) => n + ((v as { nodes?: unknown[] })?.nodes?.length ?? 0), 0), 0);
  return { nodes: nodes.length, nested };
}

function describe(result: LoadResult): string {
  const statements = result.statementsPerRequest === null ? "" : `   ${result.statementsPerRequest.toFixed(1)} SQL/request`;
  return `${rps(result)}   p50 ${result.p50} ms   p99 ${result.p99} ms${statements}   ${result.failed} failed`;
}

function rps(result: LoadResult): string {
  return `${String(Math.round(result.requestsPerSecond)).padStart(5)} req/s`;
}

function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

function loadOptions() {
  return { seconds: SECONDS, connections: CONNECTIONS, signal: abort.signal };
}

function graphqlPost(query: string): RequestInit {
  return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) };
}

/** The caller's environment less anything that would point a started server elsewhere (a real DATABASE_URL, data dir or secret). */
function withoutServerSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of Object.keys(copy)) {
    if (name === "DATABASE_URL" || name === "PORT" || name === "HOST" || name.startsWith("GATEHOUSE_") || name.startsWith("BENCH_")) delete copy[name];
  }
  return copy;
}

function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} must be a positive whole number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}
