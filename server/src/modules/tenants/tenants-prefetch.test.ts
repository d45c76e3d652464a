import { randomUUID } from "node:crypto";
import { execute, parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { MemberArea } from "../../auth/principal.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { toGlobalId } from "../../graphql/node.js";
import { buildGatehouseSchema } from "../../graphql/schema.js";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { app } from "../registry.js";
import { users } from "../team/team.tables.js";
import { usersOfTenantsLoader } from "../team/user.service.js";
import { tenants } from "./tenants.tables.js";

/**
 * `tenants { nodes { users(…) } }` fetches each tenant's page of users in the tenants page's own statement
 * (kit/listing.ts `prefetch`, graphql/connection/prefetch.ts). Every query here runs twice: as it is, and
 * with `@include(if: true)` on its `users` fields — a directive the prefetch leaves to the loaders — and
 * both answers must be the same, to the cursor, with one SQL statement fewer for the first.
 */

let server: TestServer;
let master: TestClient;
const MASTER_SCOPE = { tenantId: null, master: true };
/** Row ids of the tenants made here, by name. */
const ids: Record<string, string> = {};

beforeAll(async () => {
  server = await startTestServer();
  master = await server.master();
  // Single: its admin only (signed in once, so last_login_at is set). Many: 7 users, two created at
  // the same instant (the id breaks the tie). Three: 3 users. Empty: no user at all.
  const single = await createTenant(server, { name: "Prefetch Single" });
  await single.login();
  await createTenant(server, { name: "Prefetch Many" });
  await createTenant(server, { name: "Prefetch Three" });
  await inTenantTransaction(server.database.db, MASTER_SCOPE, async (tx) => {
    await tx.insert(tenants).values({ name: "Prefetch Empty", subdomain: "prefetch-empty" });
    for (const row of await tx.select({ id: tenants.id, name: tenants.name }).from(tenants)) ids[row.name] = row.id;
    const at = (seconds: number) => new Date(Date.UTC(2026, 0, 1, 0, 0, seconds, 123));
    const user = (tenant: string, email: string, createdAt: Date, extra: Partial<typeof users.$inferInsert> = {}) => ({
      tenantId: ids[tenant]!,
      email,
      role: "MEMBER" as const,
      passwordHash: "not-a-hash",
      createdAt,
      ...extra,
    });
    await tx.insert(users).values([
      user("Prefetch Many", "b@many.test", at(1), { name: "Bee", memberAreas: [MemberArea.values[0]!], memberServiceIds: [randomUUID(), randomUUID()] }),
      user("Prefetch Many", "z@many.test", at(2), { lastLoginAt: at(30) }),
      user("Prefetch Many", "c@many.test", at(3), { memberServiceIds: [] }),
      user("Prefetch Many", "a@many.test", at(3)),
      user("Prefetch Many", "y@many.test", at(4), { name: "Quote \" and \\ and ünïcode" }),
      user("Prefetch Many", "d@many.test", at(5)),
      user("Prefetch Three", "x@three.test", at(6)),
      user("Prefetch Three", "w@three.test", at(7)),
    ]);
  });
});
afterAll(() => server?.close());

/** The query with `@include(if: true)` on every `users(…)` field: the loaders' path. */
const withDirective = (query: string) => query.replace(/\busers(\([^)]*\))?/g, (field) => `${field} @include(if: true)`);

async function run(query: string, variables?: Record<string, unknown>) {
  const before = server.database.statementCount;
  const res = await master.gql(query, variables);
  return { body: { data: res.data, errors: res.errors }, statements: server.database.statementCount - before };
}

/** Runs the query both ways: same answer; `saved` statements fewer as it is. */
async function compare(query: string, variables?: Record<string, unknown>, saved = 1) {
  const fetchedAhead = await run(query, variables);
  const loaded = await run(withDirective(query), variables);
  expect(withDirective(query)).not.toBe(query);
  expect(fetchedAhead.body.errors).toBeUndefined();
  expect(fetchedAhead.body).toEqual(loaded.body);
  expect(fetchedAhead.statements).toBe(loaded.statements - saved);
  return fetchedAhead.body.data as Record<string, any>;
}

const USER_PAGE = `totalCount nodes { id email name role createdAt lastLoginAt tenant { id name } }
  edges { cursor node { id email } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const byName = (data: Record<string, any>) => Object.fromEntries((data.tenants.nodes as { name: string }[]).map((t) => [t.name, t])) as Record<string, any>;

describe("a nested listing fetched in its parent's statement", () => {
  it("answers as the loaders do, one statement fewer: empty parents, a next page, cursors, page info, totalCount", async () => {
    const data = await compare(`{ tenants(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { id name users(first: 3) { ${USER_PAGE} } } } }`);
    const t = byName(data);
    expect(t["Prefetch Empty"].users).toEqual({ totalCount: 0, nodes: [], edges: [], pageInfo: { hasNextPage: false, hasPreviousPage: false, startCursor: null, endCursor: null } });
    expect(t["Prefetch Single"].users.nodes).toHaveLength(1);
    expect(t["Prefetch Single"].users.nodes[0].lastLoginAt).not.toBeNull();
    expect(t["Prefetch Many"].users.totalCount).toBe(7);
    expect(t["Prefetch Many"].users.nodes.map((u: { email: string }) => u.email)).toEqual(["b@many.test", "z@many.test", expect.stringMatching(/^[ac]@many\.test$/)]);
    expect(t["Prefetch Many"].users.pageInfo.hasNextPage).toBe(true);
    expect(t["Prefetch Three"].users.pageInfo.hasNextPage).toBe(false);
  });

  it("takes the nested page's cursor and order, as literals or variables", async () => {
    const page = `{ tenants(first: 10) { nodes { name users(first: 2) { pageInfo { endCursor } } } } }`;
    const after = byName(await compare(page))["Prefetch Many"].users.pageInfo.endCursor;
    const query = `query($after: String, $order: UserOrder, $n: Int) { tenants(first: 10) { nodes { id name users(first: $n, after: $after, orderBy: $order) { ${USER_PAGE} } } } }`;
    const next = byName(await compare(query, { after, n: 3 }));
    // Users created after the cursor's, in every tenant: the tie at 00:00:03 is broken by the id.
    expect(next["Prefetch Many"].users.nodes).toHaveLength(3);
    expect(next["Prefetch Many"].users.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    const byEmail = byName(await compare(query, { n: 4, order: { field: "EMAIL", direction: "DESC" } }));
    expect(byEmail["Prefetch Many"].users.nodes.map((u: { email: string }) => u.email)).toEqual(["z@many.test", "y@many.test", "d@many.test", "c@many.test"]);
    const cursor = byEmail["Prefetch Many"].users.pageInfo.endCursor;
    const rest = byName(await compare(query, { n: 4, after: cursor, order: { field: "EMAIL", direction: "DESC" } }));
    expect(rest["Prefetch Many"].users.nodes.map((u: { email: string }) => u.email)).toEqual(["b@many.test", expect.stringMatching(/^admin-/), "a@many.test"]);
    await compare(`{ tenants(first: 10) { nodes { users(first: 5, orderBy: { field: EMAIL, direction: ASC }) { ${USER_PAGE} } } } }`);
  });

  it("reads the selection through aliases, edges, fragments and inline fragments", async () => {
    await compare(`{ tenants(first: 10) { nodes { a: users(first: 2) { nodes { id } } b: users(first: 2) { totalCount pageInfo { endCursor } } } } }`);
    await compare(`{ list: tenants(first: 10) { edges { cursor node { id users(first: 2) { nodes { email } } } } nodes { users(first: 2) { edges { cursor } } } } }`);
    await compare(`query($n: Int) { tenants(first: 10) { ...Page } }
      fragment Page on TenantConnection { edges { cursor node { ...Users } } }
      fragment Users on Tenant { name users(first: $n) { totalCount nodes { id email createdAt } pageInfo { hasNextPage endCursor } } }`, { n: 4 });
    await compare(`{ tenants(first: 10) { nodes { ... on Tenant { users(first: 3) { nodes { id } } } ... { name } } } }`);
    await compare(`{ tenants(first: 10) { nodes { ... on Node { ... on Tenant { users(first: 3) { nodes { id } } } } } } }`);
    // A directive on another field does not matter.
    await compare(`query($no: Boolean!) { tenants(first: 10) { totalCount @skip(if: $no) nodes { name @include(if: $no) users(first: 3) { nodes { id } } } } }`, { no: true });
  });

  it("works under every page of the parent: backward, filtered, sorted", async () => {
    const query = `query($first: Int, $last: Int, $before: String, $filter: TenantFilter, $order: TenantOrder) {
      tenants(first: $first, last: $last, before: $before, filter: $filter, orderBy: $order) {
        pageInfo { hasNextPage hasPreviousPage startCursor endCursor } edges { cursor node { name users(first: 2) { ${USER_PAGE} } } } } }`;
    const last = await compare(query, { last: 3, order: { field: "NAME", direction: "ASC" } });
    await compare(query, { last: 2, before: last.tenants.pageInfo.startCursor, order: { field: "NAME", direction: "ASC" } });
    const filtered = await compare(query, { first: 10, filter: { search: "prefetch" } });
    expect(filtered.tenants.edges).toHaveLength(4);
  });

  it("runs under graphql-js as under graphql-jit", async () => {
    // graphql-jit refuses a non-null variable left out that has a default: graphql-js executes this one.
    await compare(`query($n: Int! = 2) { tenants(first: 10) { nodes { name users(first: $n) { ${USER_PAGE} } } } }`);
  });

  it("leaves to the loaders what it does not fetch ahead, with the same answers", async () => {
    const many = `{ tenants(first: 10) { nodes { name users(first: 2) { pageInfo { endCursor } } } } }`;
    const cursor = byName(await compare(many))["Prefetch Many"].users.pageInfo.endCursor;
    // A backward nested page, aliases asking for different pages, a directive on the way to the field.
    await compare(`{ tenants(first: 10) { nodes { users(last: 2) { ${USER_PAGE} } } } }`, undefined, 0);
    await compare(`query($c: String) { tenants(first: 10) { nodes { users(last: 2, before: $c) { ${USER_PAGE} } } } }`, { c: cursor }, 0);
    await compare(`{ tenants(first: 10) { nodes { a: users(first: 2) { nodes { id } } b: users(first: 3) { nodes { id } } } } }`, undefined, 0);
    await compare(`query($yes: Boolean!) { tenants(first: 10) { nodes @include(if: $yes) { users(first: 2) { nodes { id } } } } }`, { yes: true }, 0);
    await compare(`query($no: Boolean!) { tenants(first: 10) { nodes { name ... @skip(if: $no) { users(first: 2) { nodes { id } } } } } }`, { no: true }, 0);
    // Arguments the nested field refuses: its own error, as before.
    const bad = await run(`{ tenants(first: 10) { nodes { users(first: 2, after: "not-a-cursor") { nodes { id } } } } }`);
    expect(bad.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.body).toEqual((await run(`{ tenants(first: 10) { nodes { users(first: 2, after: "not-a-cursor") @include(if: true) { nodes { id } } } } }`)).body);
    const tooMany = await run(`{ tenants(first: 5) { nodes { users(first: 1000) { nodes { id } } } } }`);
    expect(tooMany.body.errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("costs the statements of the flat listing: the opening and one", async () => {
    const flat = await run(`{ tenants(first: 50) { nodes { id name subdomain } } }`);
    const nested = await run(`{ tenants(first: 50) { nodes { id name subdomain users(first: 5) { nodes { id email } } } } }`);
    expect(nested.statements).toBe(flat.statements);
    const loaded = await run(`{ tenants(first: 50) { nodes { id name subdomain users(first: 5) @include(if: true) { nodes { id email } } } } }`);
    expect(loaded.statements).toBe(flat.statements + 1);
  });

  it("hands the loader the rows its fields read; a caller wanting whole rows gets them from the loader's own query", async () => {
    const schema = await buildGatehouseSchema(app.modules);
    const document = parse(`{ tenants(first: 10) { nodes { id users(first: 4) { nodes { id email createdAt } } } } }`);
    await inTenantTransaction(server.database.db, MASTER_SCOPE, async (tx) => {
      const loaders = app.createLoaders(tx);
      const before = server.database.statementCount;
      const result = await execute({ schema, document, contextValue: { tx, loaders } });
      expect(result.errors).toBeUndefined();
      expect(server.database.statementCount - before).toBe(1);
      const nested = (result.data as { tenants: { nodes: { id: string; users: { nodes: { email: string; createdAt: string }[] } }[] } }).tenants.nodes;
      expect(nested.find((t) => t.id === toGlobalId("Tenant", ids["Prefetch Many"]!))!.users.nodes[0]).toMatchObject({ email: "b@many.test" });
      // Asked without a selection (a caller reading whole rows), the loader does not answer from the
      // page fetched ahead, which carries the selected columns only: it queries, once per tenant here.
      const own = usersOfTenantsLoader(tx);
      for (const tenantId of Object.values(ids)) {
        const whole = await loaders.team.usersOfTenant(tenantId, { first: 4 });
        const loaded = await own(tenantId, { first: 4 });
        expect(whole.nodes).toEqual(loaded.nodes);
        expect(whole.pageInfo).toEqual(loaded.pageInfo);
        for (const row of whole.nodes) expect(row.createdAt).toBeInstanceOf(Date);
      }
      expect(server.database.statementCount - before).toBe(1 + 2 * Object.keys(ids).length);
      const many = await loaders.team.usersOfTenant(ids["Prefetch Many"]!, { first: 4 });
      expect(many.nodes[0]).toMatchObject({ email: "b@many.test", memberAreas: [MemberArea.values[0]], passwordHash: "not-a-hash" });
      expect(many.nodes[0]!.memberServiceIds).toHaveLength(2);
    });
  });
});
