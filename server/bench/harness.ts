import { randomBytes } from "node:crypto";
import { readFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import type { BenchDatabase } from "./bench-database.js";
import { GraphQLClient } from "./graphql-client.js";
import { type LoadResult, type LoadTarget, measure } from "./load.js";
import { freePort, type ServerProcess, startServerProcess } from "./server-process.js";

/**
 * What the bench scenarios share (`pnpm bench`, run.ts, and `pnpm bench accounts`, accounts.ts): the
 * settings from the environment, Ctrl-C handling and cleanups, starting Gatehouse and PostGraphile as their
 * own processes, the probe, the interleaved comparison and the formatting of the figures.
 */
export const SECONDS = positiveInt("BENCH_SECONDS", 5);
export const CONNECTIONS = positiveInt("BENCH_CONNECTIONS", 10);
export const ROUNDS = positiveInt("BENCH_ROUNDS", 4);
export const PROFILE_DIR = process.env.BENCH_CPU_PROFILE ? path.resolve(process.env.BENCH_CPU_PROFILE) : null;

export const serverDir = fileURLToPath(new URL("..", import.meta.url));
export const MASTER = { email: "master@bench.test", password: "bench-master-password" };

export const abort = new AbortController();
/** Undone in reverse order at the end, on failure and on Ctrl-C. */
export const cleanups: (() => Promise<void>)[] = [];

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

/** Runs a bench: on failure prints the error and sets the exit code; always runs the cleanups, newest first. */
export async function runBench(body: () => Promise<void>): Promise<void> {
  try {
    await body();
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
}

/** Gatehouse as `pnpm start` runs it, on the database (else PGlite in `temp`); `settings`: more environment for it. */
export async function startGatehouse(database: BenchDatabase | null, temp: string, settings: Record<string, string> = {}): Promise<ServerProcess> {
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
    ...settings,
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

/** Gatehouse as a load target, called with a bearer token, its SQL statements counted through /healthz. */
export function gatehouseTarget(gatehouse: ServerProcess, token: string): LoadTarget {
  return {
    name: "Gatehouse",
    endpoint: `${gatehouse.url}/graphql`,
    headers: { authorization: `Bearer ${token}` },
    pid: gatehouse.pid,
    statements: { read: () => statementCount(gatehouse), statementsPerReading: 1 },
  };
}

/** The node arguments of the server's `start` script (`node <args>`), so the bench runs what `pnpm start` runs. */
async function startScriptNodeArgs(): Promise<string[]> {
  const start = (JSON.parse(await readFile(path.join(serverDir, "package.json"), "utf8")) as { scripts: { start: string } }).scripts.start;
  const [command, ...args] = start.trim().split(/\s+/);
  if (command !== "node") throw new Error(`server/package.json's start script must be "node <args>", got "${start}"`);
  return args;
}

export async function statementCount(gatehouse: ServerProcess): Promise<number> {
  const res = await fetch(`${gatehouse.url}/healthz`);
  const count = Number(res.headers.get("x-gatehouse-sql-statements"));
  if (!res.ok || !Number.isFinite(count) || count <= 0) throw new Error("Gatehouse /healthz reports no SQL statement count (GATEHOUSE_BENCH=1)");
  return count;
}

/** The same listing in both schemas. */
export interface Comparison {
  name: string;
  gatehouse: string;
  postgraphile: string;
}

export interface PostGraphileScope {
  /**
   * The tenant whose row-level security scope PostGraphile's transactions take (role gatehouse_app,
   * app.tenant_id=<it>, app.master=off), as Gatehouse does for a tenant's token; null: the master's
   * (app.master=on).
   */
  tenantId: string | null;
}

/**
 * Starts PostGraphile v5 on the same database with the same row-level security scope, checks that both
 * servers answer each comparison with the same number of nodes, then loads both in ROUNDS interleaved
 * rounds and prints the median Gatehouse/PostGraphile req/s ratio with min–max.
 */
export async function compareWithPostGraphile(gatehouse: LoadTarget, database: BenchDatabase, all: Comparison[], scope: PostGraphileScope = { tenantId: null }) {
  // BENCH_COMPARE (diagnosis): only the comparisons whose name starts with it, e.g. "nested" for a profile of that listing alone.
  const only = process.env.BENCH_COMPARE;
  const comparisons = only ? all.filter((c) => c.name.startsWith(only)) : all;
  if (comparisons.length === 0) throw new Error(`BENCH_COMPARE: no comparison is named "${only}…" (${all.map((c) => c.name).join("; ")})`);
  const version = (JSON.parse(await readFile(path.join(serverDir, "node_modules/postgraphile/package.json"), "utf8")) as { version: string }).version;
  const postgraphile = await startPostGraphile(database, scope);

  // The settings Gatehouse uses for that scope must reach PostGraphile's transactions.
  const seen = await new GraphQLClient(postgraphile.endpoint).ok<{ gatehouseIsMaster: boolean; gatehouseCurrentTenant: string | null }>(
    "{ gatehouseIsMaster gatehouseCurrentTenant }",
  );
  if (scope.tenantId === null ? seen.gatehouseIsMaster !== true : seen.gatehouseIsMaster !== false || seen.gatehouseCurrentTenant !== scope.tenantId) {
    throw new Error(`PostGraphile's pgSettings did not set the scope ${JSON.stringify(scope)}: it sees ${JSON.stringify(seen)}`);
  }

  const settings = scope.tenantId === null ? "app.master=on" : `app.tenant_id=${scope.tenantId}`;
  console.log(
    `\nGatehouse vs PostGraphile ${version} — same database, row-level security as role gatehouse_app with ${settings}; ` +
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
        `  round ${round}  ${comparison.name.padEnd(48)} Gatehouse ${rps(g)}${cpu(g)}  PostGraphile ${rps(p)}${cpu(p)}  ${ratio(g.requestsPerSecond / p.requestsPerSecond)}` +
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
        `median Gatehouse ${Math.round(median(g.map((r) => r.requestsPerSecond)))} req/s (${g[0]!.statementsPerRequest?.toFixed(1)} SQL/request${medianCpu(g)}), ` +
        `PostGraphile ${Math.round(median(p.map((r) => r.requestsPerSecond)))} req/s${medianCpu(p) ? ` (${medianCpu(p).slice(2)})` : ""}; ${failed} failed`,
    );
  }
}

/** ", CPU ms/request: server 2.10, PostgreSQL 1.30" — the medians over the runs, the parts that are known. */
function medianCpu(results: LoadResult[]): string {
  const of = (pick: (r: LoadResult) => number | null) => {
    const values = results.map(pick).filter((v): v is number => v !== null);
    return values.length ? median(values).toFixed(2) : null;
  };
  const server = of((r) => r.cpuPerRequest.server);
  const database = of((r) => r.cpuPerRequest.database);
  const parts = [server && `server ${server}`, database && `PostgreSQL ${database}`].filter(Boolean);
  return parts.length ? `, CPU ms/request: ${parts.join(", ")}` : "";
}

/** PostGraphile v5 as its own process (postgraphile-server.ts) on the database, in the given scope. */
export async function startPostGraphile(database: BenchDatabase, scope: PostGraphileScope): Promise<LoadTarget> {
  const port = await freePort();
  const server = await startServerProcess({
    name: "PostGraphile",
    // Node 20 lacks Promise.withResolvers, which PostGraphile v5 uses.
    nodeArgs: ["--require", "./bench/promise-with-resolvers.cjs", "--import", "tsx", "bench/postgraphile-server.ts"],
    cwd: serverDir,
    env: {
      ...withoutServerSettings(process.env),
      DATABASE_URL: database.url,
      PORT: String(port),
      GRAPHILE_ENV: "production",
      ...(scope.tenantId === null ? {} : { BENCH_TENANT_ID: scope.tenantId }),
    },
    port,
    isReady: async (url) => (await fetch(`${url}/graphql`, graphqlPost("{ __typename }"))).ok,
    signal: abort.signal,
  });
  cleanups.push(server.stop);
  return { name: "PostGraphile", endpoint: `${server.url}/graphql`, headers: {}, pid: server.pid };
}

/**
 * One request before the load: it must succeed (a broken query would otherwise only show as failures),
 * and its size lets the comparison check that both servers answer the same listing.
 */
export async function probe(target: LoadTarget, query: string): Promise<{ nodes: number; nested: number }> {
  const data = await new GraphQLClient(target.endpoint, target.headers).ok(query);
  const list = Object.values(data)[0] as { nodes?: Record<string, { nodes?: unknown[] } | unknown>[] };
  const nodes = list.nodes ?? [];
  const nested = nodes.reduce((sum, node) => sum + Object.values(node).reduce<number>((n, v) => n + ((v as { nodes?: unknown[] })?.nodes?.length ?? 0), 0), 0);
  return { nodes: nodes.length, nested };
}

export function describe(result: LoadResult): string {
  const statements = result.statementsPerRequest === null ? "" : `   ${result.statementsPerRequest.toFixed(1)} SQL/request`;
  return `${rps(result)}   p50 ${result.p50} ms   p99 ${result.p99} ms${statements}${cpu(result)}   ${result.failed} failed`;
}

/** " (CPU/request: server 2.1 ms, PostgreSQL 1.3 ms)", the parts that are known. */
export function cpu(result: LoadResult): string {
  const { server, database } = result.cpuPerRequest;
  const parts = [server === null ? null : `server ${server.toFixed(2)}`, database === null ? null : `PostgreSQL ${database.toFixed(2)}`].filter(Boolean);
  return parts.length ? ` (CPU ms/request: ${parts.join(", ")})` : "";
}

export function rps(result: LoadResult): string {
  return `${String(Math.round(result.requestsPerSecond)).padStart(5)} req/s`;
}

export function ratio(value: number): string {
  return `${value.toFixed(2)}×`;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

export function loadOptions() {
  return { seconds: SECONDS, connections: CONNECTIONS, signal: abort.signal };
}

export function graphqlPost(query: string): RequestInit {
  return { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query }) };
}

/** The caller's environment less anything that would point a started server elsewhere (a real DATABASE_URL, data dir or secret). */
export function withoutServerSettings(env: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  const copy = { ...env };
  for (const name of Object.keys(copy)) {
    if (name === "DATABASE_URL" || name === "PORT" || name === "HOST" || name.startsWith("GATEHOUSE_") || name.startsWith("BENCH_")) delete copy[name];
  }
  return copy;
}

export function positiveInt(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === "") return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value <= 0) {
    console.error(`${name} must be a positive whole number, got "${raw}"`);
    process.exit(2);
  }
  return value;
}
