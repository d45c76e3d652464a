import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTenant } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/harness.js";
import type { Actor } from "../auth/actor.js";
import { rowsOf } from "../db/client.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { rowIdOf } from "../graphql/node.js";
import { enqueueJob, findJob, onJobFinished } from "./job.service.js";
import { createTestJobTable, testJobKind } from "./test-job-kind.js";

let server: TestServer;
let calls = 0;
beforeAll(async () => {
  // A listener that always fails, registered besides the events module's own (audit + notification).
  onJobFinished(async (tx, job) => {
    calls++;
    await tx.execute(sql`select 1`);
    if ((job.params as { run?: string }).run === "listener-fails") throw new Error("the listener failed");
  });
  server = await startTestServer({ GATEHOUSE_TEST_JOB_KINDS: "1", GATEHOUSE_JOB_POLL_MS: "50", GATEHOUSE_JOB_LEASE_MS: "300" });
  await createTestJobTable(server.database.db);
});
afterAll(() => server?.close());

describe("a job-finished listener that fails", () => {
  it("is logged and undone on its own: the job still ends once, and the other listeners' writes stay", async () => {
    const t = await createTenant(server);
    const tenantId = rowIdOf(t.tenant.id, "Tenant")!;
    const actor: Actor = { kind: "user", tenantId, master: false, userId: rowIdOf(t.admin.id, "User")!, tokenId: null };
    const scope = { tenantId, master: false };
    const job = await inTenantTransaction(server.database.db, scope, (tx) =>
      enqueueJob(tx, actor, testJobKind, { run: "listener-fails", count: 3, delayMs: 0, refuse: [], throw: [] }),
    );
    const until = Date.now() + 15_000;
    let state = await inTenantTransaction(server.database.db, scope, (tx) => findJob(tx, job.id));
    while (state?.status !== "SUCCEEDED" && Date.now() < until) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      state = await inTenantTransaction(server.database.db, scope, (tx) => findJob(tx, job.id));
    }
    expect(state?.status).toBe("SUCCEEDED");
    // Several leases later, the job has not been run again because its listener failed.
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    expect(calls).toBe(1);
    const items = rowsOf<{ n: number }>(await server.database.db.execute(sql`select count(*)::int as n from job_test_items where run = 'listener-fails'`));
    expect(items[0]!.n).toBe(3);
    const audit = rowsOf<{ n: number }>(
      await inTenantTransaction(server.database.db, scope, (tx) => tx.execute(sql`select count(*)::int as n from audit_entries where target_id = ${job.id} and action = 'finished'`)),
    );
    expect(audit[0]!.n).toBe(1);
  });
});
