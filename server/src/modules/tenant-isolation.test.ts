import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createTenant } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/harness.js";
import { rowIdOf } from "../graphql/node.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { authenticateRequest, inAuthenticatedTransaction } from "../auth/authenticate.js";
import { type Executor, rowsOf } from "../db/client.js";
import type { RequestConnection } from "../db/request-connection.js";
import type { Credentials } from "../auth/principal.js";
import { users } from "./team/team.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server?.close());

/** Runs on PGlite, and on PostgreSQL when TEST_DATABASE_URL is set (CI runs both). */
describe(`tenant isolation (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("a deliberately unfiltered query inside a tenant transaction sees only that tenant's rows", async () => {
    const a = await createTenant(server);
    const b = await createTenant(server);
    const tenantA = rowIdOf(a.tenant.id, "Tenant")!;
    const seen = await inTenantTransaction(server.database.db, { tenantId: tenantA, master: false }, async (tx) => ({
      users: await tx.select({ email: users.email, tenantId: users.tenantId }).from(users),
      tenants: await tx.execute(sql`select id from tenants`),
    }));
    expect(seen.users).toEqual([{ email: a.admin.email, tenantId: tenantA }]);
    expect(JSON.stringify(seen.tenants)).toContain(tenantA);
    expect(JSON.stringify(seen.tenants)).not.toContain(rowIdOf(b.tenant.id, "Tenant")!);
  });

  it("every table with a tenant_id has row-level security on, with a policy (later modules' tables included)", async () => {
    const tables = await server.database.db.execute(sql`
      select c.relname as table, c.relrowsecurity as secured,
             exists (select 1 from pg_policies p where p.tablename = c.relname and p.schemaname = 'public') as has_policy
      from pg_class c join pg_namespace n on n.oid = c.relnamespace
      where n.nspname = 'public' and c.relkind = 'r'
        and exists (select 1 from information_schema.columns col where col.table_schema = 'public' and col.table_name = c.relname and col.column_name = 'tenant_id')
      order by c.relname`);
    const rows = rowsOf<{ table: string; secured: boolean; has_policy: boolean }>(tables);
    expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(["services", "metrics", "mapping_rules", "users"]));
    expect(rows.filter((r) => !r.secured || !r.has_policy)).toEqual([]);
  });

  it("a request's first statement always takes the application role, and scopes to the caller's tenant only when the credential holds", async () => {
    const { tenant, login } = await createTenant(server);
    const session = await login();
    const valid = await createAccessToken(session);
    const revoked = await createAccessToken(session);
    await session.ok(`mutation($id: ID!) { revokeAccessToken(input: { id: $id }) { userErrors { code } } }`, { id: revoked.id });
    const sessionToken = session.cookie!.split("=")[1]!;
    const tenantId = rowIdOf(tenant.id, "Tenant")!;
    const cases: [string, Credentials, string][] = [
      ["no credentials", {}, ""],
      ["a malformed token", { bearer: "not-a-token" }, ""],
      ["an unknown token", { bearer: `gha_${"A".repeat(43)}` }, ""],
      ["a revoked token", { bearer: revoked.token }, ""],
      ["a valid token", { bearer: valid.token }, tenantId],
      ["an unknown session", { sessionToken: "B".repeat(43) }, ""],
      ["a valid session", { sessionToken }, tenantId],
    ];
    const scopeOf = async (tx: Executor) =>
      rowsOf<{ who: string; tenant: string }>(await tx.execute(sql`select current_user as who, current_setting('app.tenant_id', true) as tenant`))[0];
    for (const [what, credentials, expectedTenant] of cases) {
      const seen = await inAuthenticatedTransaction(server.database.db, server.config.secret, credentials, scopeOf);
      expect({ what, ...seen }).toEqual({ what, who: "gatehouse_app", tenant: expectedTenant });
    }
    // GraphQL requests: on PostgreSQL their pool's connections keep a request's scope as session
    // settings, so each case here follows one with another scope on the same connection — and must
    // never see what the one before it left.
    for (const mode of ["read", "write", "read"] as const) {
      for (const [what, credentials, expectedTenant] of [...cases, ...cases.reverse()]) {
        const connection = await server.database.openRequest(mode);
        try {
          await authenticateRequest(connection, server.config.secret, credentials);
          expect({ mode, what, ...(await scopeOf(connection.executor)) }).toEqual({ mode, what, who: "gatehouse_app", tenant: expectedTenant });
        } finally {
          await connection.end("commit");
        }
      }
    }
  });

  it("a request's connection refuses statements once it was given back (it serves the next request then)", async () => {
    for (const mode of ["read", "write"] as const) {
      const connection = await server.database.openRequest(mode);
      await authenticateRequest(connection, server.config.secret, {});
      await connection.end("commit");
      await expect(connection.executor.execute(sql`select 1`), mode).rejects.toThrow();
    }
  });

  it("a query's statements run without a transaction on PostgreSQL, a mutation's in one", async () => {
    const startOf = async (connection: RequestConnection) => {
      await authenticateRequest(connection, server.config.secret, {});
      const first = rowsOf<{ at: string }>(await connection.executor.execute(sql`select transaction_timestamp()::text as at`))[0]!.at;
      await new Promise((resolve) => setTimeout(resolve, 20));
      const second = rowsOf<{ at: string }>(await connection.executor.execute(sql`select transaction_timestamp()::text as at`))[0]!.at;
      await connection.end("commit");
      return first === second ? "one transaction" : "no transaction";
    };
    expect(await startOf(await server.database.openRequest("write"))).toBe("one transaction");
    // PGlite has one session for the whole process: each request is a transaction there, queries too.
    expect(await startOf(await server.database.openRequest("read"))).toBe(server.database.driver === "postgres" ? "no transaction" : "one transaction");
  });

  it("refuses to write a row into another tenant", async () => {
    const a = await createTenant(server);
    const b = await createTenant(server);
    const attempt = inTenantTransaction(server.database.db, { tenantId: rowIdOf(a.tenant.id, "Tenant")!, master: false }, (tx) =>
      tx.insert(users).values({ tenantId: rowIdOf(b.tenant.id, "Tenant")!, email: "intruder@example.com", role: "ADMIN", passwordHash: "x" }),
    );
    const error = await attempt.then(() => null, (e: Error & { cause?: Error }) => e);
    expect(error?.cause?.message ?? error?.message).toMatch(/row-level security/);
  });

  it("sees nothing without a tenant", async () => {
    await createTenant(server);
    const count = await inTenantTransaction(server.database.db, { tenantId: null, master: false }, (tx) => tx.select().from(users));
    expect(count).toEqual([]);
  });

  it("tenant A's token asking for tenant B's nodes gets NOT_FOUND", async () => {
    const a = await createTenant(server);
    const b = await createTenant(server);
    const tokenA = server.client().withToken((await createAccessToken(await a.login())).token);
    const bAdmin = await b.login();
    const bToken = await createAccessToken(bAdmin);
    for (const id of [b.tenant.id, b.admin.id]) {
      const res = await tokenA.gql(`query($id: ID!) { node(id: $id) { id } }`, { id });
      expect(res.data?.node).toBeNull();
      expect(res.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    }
    // Access tokens are never readable with a token; with A's session, B's token does not exist.
    expect((await tokenA.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: bToken.id })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    const sessionA = await a.login();
    const viaSession = await sessionA.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: bToken.id });
    expect(viaSession.errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    const own = await tokenA.ok(`query($id: ID!) { node(id: $id) { id ... on Tenant { subdomain } } }`, { id: a.tenant.id });
    expect(own.node).toEqual({ id: a.tenant.id, subdomain: a.tenant.subdomain });
    const many = await tokenA.gql(`query($ids: [ID!]!) { nodes(ids: $ids) { id } }`, { ids: [a.tenant.id, b.tenant.id] });
    expect(many.data?.nodes).toEqual([{ id: a.tenant.id }, null]);
    expect(many.errors?.map((e) => e.extensions.code)).toEqual(["NOT_FOUND"]);
    // A non-master cannot use the master's tenant lookup at all.
    const tenantQuery = await tokenA.gql(`query($id: ID!) { tenant(id: $id) { id } }`, { id: b.tenant.id });
    expect(tenantQuery.errors?.[0]?.extensions.code).toBe("FORBIDDEN");
  });
});
