import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createAccessToken, createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { type Actor, scopeOf } from "../../auth/actor.js";
import { createLogger } from "../../config/logger.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { purgeExports, startExport } from "../../jobs/export.service.js";
import { claimJob, runChunk } from "../../jobs/job-engine.js";
import type { JobKind } from "../../jobs/job-kind.js";
import { exportParts, exports } from "../../jobs/exports.tables.js";
import { accountExport } from "./account.export.js";
import { accounts, accountUsers } from "./accounts.tables.js";
import { plans } from "../plans/plans.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GATEHOUSE_JOB_POLL_MS: "50" });
});
afterAll(() => server?.close());

const EXPORT_FIELDS = `export { id kind status fileName rowCount byteSize url expiresAt job { id kind status } } userErrors { field code message }`;
const EXPORT_ACCOUNTS = `mutation($input: ExportAccountsInput!) { exportAccounts(input: $input) { ${EXPORT_FIELDS} } }`;
const EXPORT_APPS = `mutation($input: ExportApplicationsInput!) { exportApplications(input: $input) { ${EXPORT_FIELDS} } }`;
const EXPORT_SUBSCRIPTIONS = `mutation($input: ExportServiceSubscriptionsInput!) { exportServiceSubscriptions(input: $input) { ${EXPORT_FIELDS} } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`;
const BOM = "\ufeff";

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

async function tenant() {
  const t = await createTenant(server);
  const admin = await t.login();
  const tenantId = rowIdOf(t.tenant.id, "Tenant")!;
  const actor: Actor = { kind: "user", tenantId, master: false, userId: rowIdOf(t.admin.id, "User")!, tokenId: null };
  return { ...t, admin, tenantId, actor };
}

async function waitForExport(client: TestClient, id: string) {
  for (let i = 0; i < 400; i++) {
    const found = (await client.ok(`query($id: ID!) { export(id: $id) { id status rowCount byteSize url fileName } }`, { id })).export;
    if (found.status !== "QUEUED" && found.status !== "RUNNING") return found;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("export did not finish");
}

/** GET the export's file as `client` (its session cookie or token), at the server this test runs. */
async function download(client: TestClient | null, url: string, method = "GET") {
  const path = new URL(url).pathname;
  const headers: Record<string, string> = {};
  if (client?.cookie) headers.cookie = client.cookie;
  if (client?.bearer) headers.authorization = `Bearer ${client.bearer}`;
  const res = await fetch(`${server.url}${path}`, { method, headers });
  // As bytes: `res.text()` would drop the byte-order mark.
  return { status: res.status, headers: res.headers, text: Buffer.from(await res.arrayBuffer()).toString("utf8") };
}

async function exportAccounts(client: TestClient, filter: Record<string, unknown> = {}) {
  const res = await client.ok(EXPORT_ACCOUNTS, { input: { filter } });
  expect(res.exportAccounts.userErrors).toEqual([]);
  return waitForExport(client, res.exportAccounts.export.id);
}

describe("CSV exports", () => {
  it("exports the accounts a filter matches, oldest first, with admin user and fields, as a download for the tenant", async () => {
    const { admin } = await tenant();
    await admin.ok(`mutation { createFieldDefinition(input: { target: ACCOUNT, name: "industry", label: "Industry" }) { userErrors { code } } }`);
    const created: string[] = [];
    for (const [orgName, industry] of [
      ["Alpha, Inc.", "Retail"],
      ['Beta "Quoted"', ""],
      ["=HYPERLINK(\"http://evil\")", "-2+3"],
    ]) {
      const res = await admin.ok(CREATE, { input: { orgName, email: `x-${unique()}@example.com`, username: `user-${unique()}`, fields: industry ? [{ name: "industry", value: industry }] : [] } });
      created.push(res.createAccount.account.id);
    }
    await admin.ok(`mutation($input: AccountIdInput!) { suspendAccount(input: $input) { userErrors { code } } }`, { input: { id: created[1] } });

    const started = await admin.ok(EXPORT_ACCOUNTS, { input: { filter: { states: ["APPROVED"] } } });
    expect(started.exportAccounts).toMatchObject({ export: { kind: "ACCOUNTS", status: "QUEUED", url: null, job: { kind: "accounts.export" } }, userErrors: [] });
    const done = await waitForExport(admin, started.exportAccounts.export.id);
    expect(done).toMatchObject({ status: "READY", rowCount: 2, fileName: expect.stringMatching(/^accounts-\d{4}-\d{2}-\d{2}\.csv$/) });

    const file = await download(admin, done.url);
    expect(file.status).toBe(200);
    expect(file.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    expect(file.headers.get("content-disposition")).toBe(`attachment; filename="${done.fileName}"`);
    expect(Number(file.headers.get("content-length"))).toBe(done.byteSize);
    expect(file.text.startsWith(BOM)).toBe(true);
    const lines = file.text.slice(1).split("\r\n");
    expect(lines[0]).toBe("ID,Organization,State,Account plan,Admin username,Admin email,Signed up at,State changed at,Legal address,Legal address (continued),City,State/Region,ZIP code,Country,Telephone number,VAT code,VAT rate (%),Industry");
    expect(lines).toHaveLength(4); // header, two rows, the final line break
    expect(lines[1]).toMatch(new RegExp(`^${created[0]},"Alpha, Inc.",APPROVED,Default,user-.*,Retail$`));
    // Text that a spreadsheet would run as a formula is neutralised; quotes are doubled.
    expect(lines[2]).toMatch(new RegExp(`^${created[2]},"'=HYPERLINK\\(""http://evil""\\)",APPROVED,.*,'-2\\+3$`));
    expect(file.text).not.toContain("Beta");
    // HEAD tells the size without the body.
    const head = await download(admin, done.url, "HEAD");
    expect([head.status, head.text, head.headers.get("content-length")]).toEqual([200, "", String(done.byteSize)]);
  });

  it("serves the file to its tenant only, with a token of the right scope, and refuses bad filters", async () => {
    const { admin } = await tenant();
    await admin.ok(CREATE, { input: { orgName: "Private", email: `p-${unique()}@example.com` } });
    const done = await exportAccounts(admin);
    const other = await (await createTenant(server)).login();
    expect((await download(other, done.url)).status).toBe(404);
    expect((await other.gql(`query($id: ID!) { export(id: $id) { id } }`, { id: done.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    const anonymous = await download(null, done.url);
    expect([anonymous.status, anonymous.headers.get("www-authenticate")]).toEqual([401, "Bearer"]);
    const wrongName = await download(admin, done.url.replace(/[^/]+$/, "other.csv"));
    expect(wrongName.status).toBe(404);

    const token = await createAccessToken(admin, { scopes: ["ACCOUNT_MANAGEMENT"], permission: "READ_ONLY" });
    const reader = admin.withToken(token.token);
    const byToken = await download(reader, done.url);
    expect(byToken.status).toBe(200);
    expect(byToken.text).toContain("Private");
    const analytics = admin.withToken((await createAccessToken(admin, { scopes: ["ANALYTICS"], permission: "READ_WRITE" })).token);
    expect((await download(analytics, done.url)).status).toBe(403);
    expect((await analytics.gql(`query($id: ID!) { export(id: $id) { id } }`, { id: done.id })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    // Asking for one is a change: a read-only token may download, not start an export.
    expect((await reader.gql(EXPORT_ACCOUNTS, { input: {} })).errors?.[0]?.extensions.code).toBe("FORBIDDEN");
    expect((await admin.gql(EXPORT_ACCOUNTS, { input: { filter: { search: "x".repeat(300) } } })).errors?.[0]?.extensions.code).toBe("BAD_USER_INPUT");
  });

  it("exports applications with account, product, plan and paid, never a key or secret; and subscriptions", async () => {
    const { admin } = await tenant();
    const signup = await admin.ok(`mutation { signupExpress(input: { orgName: "Exporter", email: "exp-${unique()}@example.com" }) { applications { id userKey clientSecret } } }`);
    const app = signup.signupExpress.applications[0];
    // A second application on a plan that costs something.
    const service = (await admin.ok(`query($id: ID!) { application(id: $id) { service { id } account { id } } }`, { id: app.id })).application;
    const gold = await admin.ok(`mutation($input: CreateApplicationPlanInput!) { createApplicationPlan(input: $input) { plan { id } } }`, { input: { serviceId: service.service.id, name: "Gold", costPerMonth: "10" } });
    const paidApp = await admin.ok(`mutation($input: CreateApplicationInput!) { createApplication(input: $input) { application { id } userErrors { code } } }`, {
      input: { accountId: service.account.id, serviceId: service.service.id, planId: gold.createApplicationPlan.plan.id, name: "Paid app" },
    });
    const started = await admin.ok(EXPORT_APPS, { input: { filter: { states: ["LIVE"] } } });
    const done = await waitForExport(admin, started.exportApplications.export.id);
    expect(done).toMatchObject({ status: "READY", rowCount: 2 });
    const lines = (await download(admin, done.url)).text.slice(1).split("\r\n");
    expect(lines[0]).toBe("ID,Name,State,Account ID,Account,Product,Plan,Paid,App ID / client ID,Created at,Trial ends at,First traffic at,Last traffic at");
    expect(lines[1]).toMatch(new RegExp(`^${app.id},API app,LIVE,[^,]+,Exporter,API,Basic,false,[0-9a-f]+,\\d{4}-[^,]+Z,,,$`));
    expect(lines[2]).toMatch(new RegExp(`^${paidApp.createApplication.application.id},Paid app,LIVE,[^,]+,Exporter,API,Gold,true,`));
    expect(lines.join("\n")).not.toContain(app.userKey);
    expect(lines.join("\n")).not.toContain(app.clientSecret);

    const subscriptions = await admin.ok(EXPORT_SUBSCRIPTIONS, { input: {} });
    const subs = await waitForExport(admin, subscriptions.exportServiceSubscriptions.export.id);
    const subLines = (await download(admin, subs.url)).text.slice(1).split("\r\n");
    expect(subLines[0]).toBe("ID,Account ID,Account,Product,Service plan,State,Subscribed at");
    expect(subLines[1]).toMatch(/^[^,]+,[^,]+,Exporter,API,Default,LIVE,/);
    // No matching row: a file with the header alone.
    const none = await admin.ok(EXPORT_APPS, { input: { filter: { search: "nothing matches this" } } });
    const empty = await waitForExport(admin, none.exportApplications.export.id);
    expect(empty).toMatchObject({ status: "READY", rowCount: 0 });
    expect((await download(admin, empty.url)).text.slice(1).split("\r\n")).toHaveLength(2);
  });

  it("writes a large export in chunks, each row once even when a chunk fails and is run again", async () => {
    const { tenantId, actor, admin } = await tenant();
    await inTenantTransaction(server.database.db, scopeOf(actor), async (tx) => {
      const [plan] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.kind, "ACCOUNT"), eq(plans.isDefault, true)));
      const rows = await tx
        .insert(accounts)
        .values(Array.from({ length: 1234 }, (_, i) => ({ tenantId, orgName: `Bulk ${String(i).padStart(4, "0")}`, state: "APPROVED" as const, planId: plan!.id, createdAt: new Date(Date.UTC(2026, 0, 1) + i * 1000) })))
        .returning({ id: accounts.id });
      await tx.insert(accountUsers).values(rows.map((r, i) => ({ tenantId, accountId: r.id, username: `bulk-${i}`, email: `bulk-${i}@example.com`, role: "ADMIN" as const })));
    });
    // A kind the app's workers do not serve, whose second chunk fails once: only this test moves it.
    let calls = 0;
    const kind: JobKind<Record<string, unknown> & { exportId: string }> = {
      ...(accountExport.job as unknown as JobKind<Record<string, unknown> & { exportId: string }>),
      kind: "test.accounts-export-crash",
      async applyChunk(tx, a, p, ids, chunk) {
        await accountExport.job.applyChunk!(tx, a, p as never, ids, chunk);
        if (++calls === 2) throw new Error("the database went away");
      },
    };
    const started = await inTenantTransaction(server.database.db, scopeOf(actor), async (tx) =>
      startExport(tx, actor, "ACCOUNTS", "accounts-test.csv", kind, { filter: {}, columns: [{ key: "orgName", header: "Organization" }] }),
    );
    if (!started.ok) throw new Error("export refused");
    const logger = createLogger({ logLevel: "silent", env: "test" });
    const claimed = await claimJob(server.database.db, [kind.kind], "worker", 10_000);
    expect(claimed?.id).toBe(started.export.jobId);
    expect(await runChunk(server.database.db, kind, claimed!, "worker", 10_000, logger)).toMatchObject({ state: "continue", job: { processed: 500 } });
    await expect(runChunk(server.database.db, kind, claimed!, "worker", 10_000, logger)).rejects.toThrow("the database went away");
    let state = await runChunk(server.database.db, kind, claimed!, "worker", 10_000, logger);
    while (state.state === "continue") state = await runChunk(server.database.db, kind, claimed!, "worker", 10_000, logger);
    expect(state).toMatchObject({ state: "finished", job: { status: "SUCCEEDED", processed: 1234 } });

    const ready = await waitForExport(admin, toGlobalId("Export", started.export.id));
    const file = await download(admin, ready.url);
    const rows = file.text.slice(1).split("\r\n").slice(1, -1);
    expect(rows).toHaveLength(1234);
    expect(new Set(rows).size).toBe(1234);
    expect(rows).toEqual([...rows].sort());
    const parts = await inTenantTransaction(server.database.db, scopeOf(actor), (tx) => tx.select({ position: exportParts.position }).from(exportParts).where(eq(exportParts.exportId, started.export.id)));
    expect(parts.map((p) => p.position).sort((a, b) => a - b)).toEqual([0, 500, 1000]);
  });

  it("expires: no download after its time, and the hourly purge deletes it; at most a few at once per tenant", async () => {
    const { admin, actor } = await tenant();
    const done = await exportAccounts(admin);
    await inTenantTransaction(server.database.db, scopeOf(actor), (tx) => tx.update(exports).set({ expiresAt: sql`clock_timestamp() - interval '1 minute'` }).where(eq(exports.id, rowIdOf(done.id, "Export")!)));
    expect(await waitForExport(admin, done.id)).toMatchObject({ status: "EXPIRED", url: null });
    expect((await download(admin, done.url)).status).toBe(410);
    await purgeExports.run(server.database, createLogger({ logLevel: "silent", env: "test" }));
    expect((await admin.gql(`query($id: ID!) { export(id: $id) { id } }`, { id: done.id })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");

    // Five exports in progress (of a kind no worker runs, so they stay queued): a sixth is refused.
    const idle = { ...accountExport.job, kind: "test.idle-export" } as unknown as JobKind<{ exportId: string }>;
    await inTenantTransaction(server.database.db, scopeOf(actor), async (tx) => {
      for (let i = 0; i < 5; i++) await startExport(tx, actor, "ACCOUNTS", "idle.csv", idle, { filter: {}, columns: [] } as never);
    });
    expect((await admin.ok(EXPORT_ACCOUNTS, { input: {} })).exportAccounts).toEqual({
      export: null,
      userErrors: [{ field: ["input"], code: "LIMIT_REACHED", message: "5 exports are in progress; wait for one to finish." }],
    });
  });
});
