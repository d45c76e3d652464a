import "reflect-metadata";
import os from "node:os";
import autocannon from "autocannon";
import { startTestServer } from "../test/harness.js";

/**
 * `pnpm bench`: starts Gatehouse on a fresh embedded database (or the PostgreSQL in
 * TEST_DATABASE_URL), seeds 60 tenants, and measures with autocannon over loopback:
 * an authenticated `viewer` query and a 50-tenant listing with nested relations.
 * Prints requests per second, latency percentiles and SQL statements per request.
 */
const DURATION = Number(process.env.BENCH_SECONDS ?? 5);
const server = await startTestServer();
const master = await server.master();
for (let i = 0; i < 60; i++) {
  await master.ok(`mutation($i: CreateTenantInput!) { createTenant(input: $i) { userErrors { code } } }`, {
    i: { name: `Bench tenant ${i}`, adminEmail: `admin${i}@bench.test`, adminPassword: "bench-password" },
  });
}
const token = (
  await master.ok(`mutation { createAccessToken(input: { name: "bench", scopes: [ACCOUNT_MANAGEMENT], permission: READ_ONLY }) { token } }`)
).createAccessToken.token as string;

const scenarios = [
  { name: "viewer (bearer token)", query: `{ viewer { id email tenant { id name } } }` },
  { name: "tenants(first: 50) with users", query: `{ tenants(first: 50) { totalCount nodes { id name subdomain createdAt users(first: 5) { nodes { id email role } } } } }` },
];

console.log(`Gatehouse bench — ${server.database.driver}, ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, ${DURATION}s per scenario, 10 connections\n`);
for (const scenario of scenarios) {
  const body = JSON.stringify({ query: scenario.query });
  const before = server.database.statementCount;
  const result = await autocannon({
    url: `${server.url}/graphql`,
    method: "POST",
    connections: 10,
    duration: DURATION,
    headers: { "content-type": "application/json", authorization: `Bearer ${token}` },
    body,
    expectBody: undefined,
  });
  const statements = (server.database.statementCount - before) / Math.max(1, result.requests.total);
  const failed = result.non2xx + result.errors;
  console.log(
    `${scenario.name.padEnd(34)} ${String(Math.round(result.requests.average)).padStart(6)} req/s   p50 ${result.latency.p50} ms   p99 ${result.latency.p99} ms   ${statements.toFixed(1)} SQL/request   ${failed} failed`,
  );
}
await server.close();
