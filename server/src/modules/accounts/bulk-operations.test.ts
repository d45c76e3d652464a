import { and, eq, inArray, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../../test/factories.js";
import { startTestServer, type TestClient, type TestServer } from "../../../test/harness.js";
import { type Actor, scopeOf } from "../../auth/actor.js";
import { createLogger } from "../../config/logger.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { rowIdOf, toGlobalId } from "../../graphql/node.js";
import { claimJob, runChunk } from "../../jobs/job-engine.js";
import type { JobKind } from "../../jobs/job-kind.js";
import { enqueueJob, findJob } from "../../jobs/job.service.js";
import { auditEntries } from "../events/events.tables.js";
import { outboxMessages } from "../notifications/notifications.tables.js";
import { plans } from "../plans/plans.tables.js";
import { bulkAccountOperationJob } from "./account.jobs.js";
import { accounts, accountUsers } from "./accounts.tables.js";

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ GATEHOUSE_JOB_POLL_MS: "50" });
});
afterAll(() => server?.close());

const BULK = `mutation($input: RunBulkAccountOperationInput!) { runBulkAccountOperation(input: $input) {
  results { id status error { code message } } job { id kind status } userErrors { field code message } } }`;
const CREATE = `mutation($input: CreateAccountInput!) { createAccount(input: $input) { account { id } userErrors { code } } }`;
const STATE = (name: string) => `mutation($input: AccountIdInput!) { ${name}(input: $input) { account { state } userErrors { code } } }`;

let n = 0;
const unique = () => `${Date.now().toString(36)}${n++}`;

async function tenant() {
  const t = await createTenant(server);
  const admin = await t.login();
  const tenantId = rowIdOf(t.tenant.id, "Tenant")!;
  const actor: Actor = { kind: "user", tenantId, master: false, userId: rowIdOf(t.admin.id, "User")!, tokenId: null };
  return { ...t, admin, tenantId, actor };
}

async function newAccount(admin: TestClient, orgName = `Org ${unique()}`) {
  const res = await admin.ok(CREATE, { input: { orgName, email: `dev-${unique()}@example.com` } });
  return res.createAccount.account.id as string;
}

/** `count` pending accounts written straight to the database (fast), each with an admin user. */
async function pendingAccounts(tenantId: string, count: number, prefix: string): Promise<string[]> {
  return inTenantTransaction(server.database.db, { tenantId, master: false }, async (tx) => {
    const [plan] = await tx.select({ id: plans.id }).from(plans).where(and(eq(plans.tenantId, tenantId), eq(plans.kind, "ACCOUNT"), eq(plans.isDefault, true)));
    const rows = await tx
      .insert(accounts)
      .values(Array.from({ length: count }, (_, i) => ({ tenantId, orgName: `${prefix} ${i}`, state: "PENDING" as const, planId: plan!.id })))
      .returning({ id: accounts.id });
    await tx.insert(accountUsers).values(rows.map((r, i) => ({ tenantId, accountId: r.id, username: `${prefix}-${i}`.toLowerCase(), email: `${prefix}-${i}@example.com`.toLowerCase(), role: "ADMIN" as const })));
    return rows.map((r) => r.id);
  });
}

async function waitForJob(admin: TestClient, id: string) {
  for (let i = 0; i < 400; i++) {
    const job = (await admin.ok(`query($id: ID!) { job(id: $id) { status total succeeded failed } }`, { id })).job;
    if (job.status === "SUCCEEDED" || job.status === "FAILED") return job;
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  throw new Error("job did not finish");
}

describe("bulk operations on developer accounts", () => {
  it("by ids: a result per account, one refused account does not stop the others", async () => {
    const { admin } = await tenant();
    const pending = await newAccount(admin);
    await admin.ok(STATE("makeAccountPending"), { input: { id: pending } });
    const approved = await newAccount(admin);
    const missing = toGlobalId("Account", "00000000-0000-4000-8000-000000000000");
    const res = await admin.ok(BULK, { input: { ids: [pending, approved, missing, pending], operation: "APPROVE" } });
    expect(res.runBulkAccountOperation).toEqual({
      results: [
        { id: pending, status: "DONE", error: null },
        { id: approved, status: "FAILED", error: { code: "INVALID_STATE", message: "The account is approved; it can be approved only when created, pending, rejected." } },
        { id: missing, status: "FAILED", error: { code: "NOT_FOUND", message: "No such account." } },
      ],
      job: null,
      userErrors: [],
    });
    const state = await admin.ok(`query($id: ID!) { account(id: $id) { state } }`, { id: pending });
    expect(state.account.state).toBe("APPROVED");
  });

  it("checks the operation's parameters before touching any account", async () => {
    const { admin } = await tenant();
    const id = await newAccount(admin);
    const cases: [Record<string, unknown>, string[]][] = [
      [{ operation: "CHANGE_PLAN" }, ["input", "planId"]],
      [{ operation: "CHANGE_PLAN", planId: id }, ["input", "planId"]],
      [{ operation: "SEND_EMAIL", subject: "Hi" }, ["input", "body"]],
      [{ operation: "SEND_EMAIL", subject: " ", body: "Text" }, ["input", "subject"]],
    ];
    for (const [input, field] of cases) {
      const res = await admin.ok(BULK, { input: { ids: [id], ...input } });
      expect(res.runBulkAccountOperation, JSON.stringify(input)).toMatchObject({ results: [], job: null, userErrors: [{ code: "INVALID_OPERATION", field }] });
    }
    expect((await admin.ok(BULK, { input: { operation: "APPROVE" } })).runBulkAccountOperation.userErrors[0].code).toBe("NO_SELECTION");
  });

  it("sends an email to each account: a message in its inbox and mail to its admin users", async () => {
    const { admin, tenantId } = await tenant();
    const a = await newAccount(admin, "Alpha");
    const b = await newAccount(admin, "Beta");
    const res = await admin.ok(BULK, { input: { ids: [a, b], operation: "SEND_EMAIL", subject: "Maintenance", body: "Saturday 02:00 UTC.\n\nThanks." } });
    expect(res.runBulkAccountOperation.results.map((r: { status: string }) => r.status)).toEqual(["DONE", "DONE"]);
    const inbox = await admin.ok(`query($id: ID!) { account(id: $id) { messages { nodes { direction subject body } } } }`, { id: a });
    expect(inbox.account.messages.nodes).toEqual([{ direction: "TO_ACCOUNT", subject: "Maintenance", body: "Saturday 02:00 UTC.\n\nThanks." }]);
    const mail = await inTenantTransaction(server.database.db, { tenantId, master: false }, (tx) =>
      tx.select({ to: outboxMessages.toAddress, subject: outboxMessages.subject, html: outboxMessages.htmlBody }).from(outboxMessages).where(eq(outboxMessages.tenantId, tenantId)),
    );
    expect(mail).toHaveLength(2);
    expect(mail[0]!.subject).toMatch(/^\[Tenant [0-9a-f]+\] Maintenance$/);
    expect(mail[0]!.html).toContain("<p>Saturday 02:00 UTC.</p>\n<p>Thanks.</p>");
  });

  it("by filter: every matching account minus the excepted ones, as a job across chunks", async () => {
    const { admin, tenantId } = await tenant();
    const ids = await pendingAccounts(tenantId, 230, "Filtered");
    const approvedBefore = await newAccount(admin, "Already approved");
    const excepted = toGlobalId("Account", ids[7]!);
    const res = await admin.ok(BULK, { input: { filter: { states: ["PENDING"] }, exceptIds: [excepted], operation: "APPROVE" } });
    expect(res.runBulkAccountOperation).toMatchObject({ results: [], job: { kind: "accounts.bulkOperation" }, userErrors: [] });
    const job = await waitForJob(admin, res.runBulkAccountOperation.job.id);
    expect(job).toEqual({ status: "SUCCEEDED", total: 229, succeeded: 229, failed: 0 });
    const states = await admin.ok(`{ pending: accounts(filter: { states: [PENDING] }) { totalCount nodes { id } } approved: accounts(filter: { states: [APPROVED] }) { totalCount } }`);
    expect(states.pending).toEqual({ totalCount: 1, nodes: [{ id: excepted }] });
    expect(states.approved.totalCount).toBe(230);
    expect(approvedBefore).toBeTruthy();
    // The same job as a bulk operation; other jobs (an export) are not one.
    const jobId = res.runBulkAccountOperation.job.id;
    expect((await admin.ok(`query($id: ID!) { bulkOperation(id: $id) { id status succeeded } }`, { id: jobId })).bulkOperation).toEqual({ id: jobId, status: "SUCCEEDED", succeeded: 229 });
    const CANCEL = `mutation($input: CancelJobInput!) { cancelBulkOperation(input: $input) { job { id } userErrors { field code message } } }`;
    expect((await admin.ok(CANCEL, { input: { id: jobId } })).cancelBulkOperation.userErrors).toEqual([
      { field: ["input", "id"], code: "ALREADY_FINISHED", message: "The job has already finished (SUCCEEDED)." },
    ]);
    const exportJob = (await admin.ok(`mutation { exportAccounts(input: {}) { export { job { id } } } }`)).exportAccounts.export.job.id;
    expect((await admin.gql(`query($id: ID!) { bulkOperation(id: $id) { id } }`, { id: exportJob })).errors?.[0]?.extensions.code).toBe("NOT_FOUND");
    expect((await admin.ok(CANCEL, { input: { id: exportJob } })).cancelBulkOperation.userErrors).toEqual([{ field: ["input", "id"], code: "NOT_FOUND", message: "No such bulk operation." }]);
  });

  it("a crash in the middle: the next worker resumes after the last committed chunk and no account is changed twice", async () => {
    const { tenantId, actor } = await tenant();
    const ids = await pendingAccounts(tenantId, 150, "Crash");
    // A kind the app's workers do not serve: only this test moves the job.
    const kind: JobKind<Parameters<NonNullable<typeof bulkAccountOperationJob.apply>>[2]> = { ...bulkAccountOperationJob, kind: "test.accounts-crash" };
    const job = await inTenantTransaction(server.database.db, scopeOf(actor), (tx) =>
      enqueueJob(tx, actor, kind, { filter: { states: ["PENDING"] }, exceptIds: [], operation: "APPROVE" }),
    );
    const logger = createLogger({ logLevel: "silent", env: "test" });
    const first = await claimJob(server.database.db, [kind.kind], "worker-a", 100);
    expect(await runChunk(server.database.db, kind, first!, "worker-a", 100, logger)).toMatchObject({ state: "continue", job: { processed: 100 } });
    // worker-a dies here. Its lease runs out; worker-b takes the job over and finishes it.
    await new Promise((resolve) => setTimeout(resolve, 150));
    const second = await claimJob(server.database.db, [kind.kind], "worker-b", 10_000);
    expect(second?.id).toBe(job.id);
    let state = await runChunk(server.database.db, kind, second!, "worker-b", 10_000, logger);
    while (state.state === "continue") state = await runChunk(server.database.db, kind, second!, "worker-b", 10_000, logger);
    const ended = await inTenantTransaction(server.database.db, scopeOf(actor), (tx) => findJob(tx, job.id));
    expect(ended).toMatchObject({ status: "SUCCEEDED", processed: 150, succeeded: 150, failed: 0 });
    const entries = await inTenantTransaction(server.database.db, scopeOf(actor), (tx) =>
      tx
        .select({ targetId: auditEntries.targetId, n: sql<number>`count(*)::int` })
        .from(auditEntries)
        .where(and(eq(auditEntries.tenantId, tenantId), inArray(auditEntries.targetId, ids), eq(auditEntries.action, "approved")))
        .groupBy(auditEntries.targetId),
    );
    expect(entries).toHaveLength(150);
    expect(entries.every((e) => e.n === 1)).toBe(true);
  });
});
