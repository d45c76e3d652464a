import { randomBytes } from "node:crypto";
import { sql } from "drizzle-orm";
import { rowsOf } from "../db/client.js";
import { createClient } from "graphql-ws";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import WebSocket from "ws";
import { createTenant } from "../../test/factories.js";
import { startTestServer, type TestServer } from "../../test/harness.js";
import { type Actor, scopeOf } from "../auth/actor.js";
import { createLogger } from "../config/logger.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { rowIdOf, toGlobalId } from "../graphql/node.js";
import { claimJob, runChunk, startJobs } from "./job-engine.js";
import type { JobKind } from "./job-kind.js";
import { jobProgressEvents } from "./job-progress.js";
import { enqueueJob, findJob, isFinished } from "./job.service.js";
import type { JobRow } from "./jobs.tables.js";
import { createTestJobTable, testJobKind } from "./test-job-kind.js";

type TestParams = Parameters<NonNullable<typeof testJobKind.apply>>[2];

let server: TestServer;
beforeAll(async () => {
  // The app's own workers serve the test job kind; they poll often so tests do not wait.
  server = await startTestServer({ GATEHOUSE_TEST_JOB_KINDS: "1", GATEHOUSE_JOB_POLL_MS: "50" });
  await createTestJobTable(server.database.db);
});
afterAll(() => server?.close());

async function tenantWithActor() {
  const t = await createTenant(server);
  const actor: Actor = { kind: "user", tenantId: rowIdOf(t.tenant.id, "Tenant")!, master: false, userId: rowIdOf(t.admin.id, "User")!, tokenId: null };
  return { ...t, actor };
}

const newRun = () => `run-${randomBytes(6).toString("hex")}`;

async function enqueue(actor: Actor, params: Partial<TestParams> & { count: number }, kind: JobKind<TestParams> = testJobKind) {
  const run = params.run ?? newRun();
  const full = { delayMs: 0, refuse: [], throw: [], ...params, run };
  // Listening starts before the job commits, so even its first chunk's event is seen. An event says the
  // job changed; the state is read then, as a subscriber does.
  let events!: AsyncGenerator<unknown>;
  const seen: JobRow[] = [];
  const signals = { count: 0 };
  const job = await inTenantTransaction(server.database.db, scopeOf(actor), async (tx) => {
    const created = await enqueueJob(tx, actor, kind, full);
    events = jobProgressEvents(created.id);
    const collect = async () => {
      for await (const _ of events) {
        signals.count++;
        const state = await inTenantTransaction(server.database.db, scopeOf(actor), (read) => findJob(read, created.id));
        if (!state) return;
        seen.push(state);
        if (isFinished(state)) return;
      }
    };
    void collect();
    return created;
  });
  return { job, run, events, seen, signals, globalId: toGlobalId("Job", job.id) };
}

async function waitFor<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 20_000): Promise<T> {
  const until = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > until) throw new Error(`Timed out waiting for ${what}: ${JSON.stringify(value)}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

const readJob = (actor: Actor, id: string) => inTenantTransaction(server.database.db, scopeOf(actor), (tx) => findJob(tx, id));
const finished = (actor: Actor, id: string) => waitFor(`job ${id}`, () => readJob(actor, id), (job) => job !== null && isFinished(job)) as Promise<JobRow>;

async function appliedItems(run: string): Promise<{ item: number; tenant_id: string }[]> {
  const result = await server.database.db.execute(sql`select item, tenant_id from job_test_items where run = ${run} order by item`);
  return rowsOf<{ item: number; tenant_id: string }>(result);
}

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

describe(`durable jobs (${process.env.TEST_DATABASE_URL ? "PostgreSQL" : "PGlite"})`, () => {
  it("goes through the items in chunks, one transaction each, in the actor's tenant, and counts them", async () => {
    const { actor } = await tenantWithActor();
    const { job, run, seen, signals } = await enqueue(actor, { count: 12 });
    expect(job.status).toBe("QUEUED");
    const done = await finished(actor, job.id);
    expect(done).toMatchObject({ status: "SUCCEEDED", total: 12, processed: 12, succeeded: 12, failed: 0, cursor: "12", error: null });
    expect(done.startedAt).toBeInstanceOf(Date);
    expect(done.finishedAt!.getTime()).toBeGreaterThanOrEqual(done.startedAt!.getTime());
    // Chunks of 5: one event per committed chunk; each read sees that chunk's state or a later one.
    await waitFor("the last event", async () => seen.length, () => seen.at(-1)?.status === "SUCCEEDED");
    // One signal per chunk, heard twice on PostgreSQL (at once in this process, and through NOTIFY);
    // a read may already see a later chunk's state, and the collector stops at the end.
    expect(signals.count).toBeGreaterThanOrEqual(1);
    expect(signals.count).toBeLessThanOrEqual(server.database.driver === "postgres" ? 6 : 3);
    expect(seen.at(-1)).toMatchObject({ status: "SUCCEEDED", processed: 12 });
    const processed = seen.map((e) => e.processed);
    expect(processed).toEqual([...processed].sort((a, b) => a - b));
    expect(processed.every((n) => [5, 10, 12].includes(n))).toBe(true);
    const rows = await appliedItems(run);
    expect(rows.map((r) => r.item)).toEqual(range(1, 12));
    // Row-level security scope: the items were written in the actor's tenant.
    expect(new Set(rows.map((r) => r.tenant_id))).toEqual(new Set([actor.tenantId]));
  });

  it("an exact multiple of the chunk size and an empty job both finish", async () => {
    const { actor } = await tenantWithActor();
    const ten = await enqueue(actor, { count: 10 });
    const none = await enqueue(actor, { count: 0 });
    expect(await finished(actor, ten.job.id)).toMatchObject({ status: "SUCCEEDED", total: 10, processed: 10 });
    expect(await finished(actor, none.job.id)).toMatchObject({ status: "SUCCEEDED", total: 0, processed: 0, cursor: null });
  });

  it("records a refused or throwing item as a failure, undoes its writes, and goes on with the others", async () => {
    const t = await tenantWithActor();
    const { job, run, globalId } = await enqueue(t.actor, { count: 8, refuse: [3], throw: [6] });
    expect(await finished(t.actor, job.id)).toMatchObject({ status: "SUCCEEDED", total: 8, processed: 8, succeeded: 6, failed: 2 });
    expect((await appliedItems(run)).map((r) => r.item)).toEqual([1, 2, 4, 5, 7, 8]);

    const admin = await t.login();
    const query = `query($id: ID!, $first: Int, $after: String) { job(id: $id) { id kind status total processed succeeded failed
      failures(first: $first, after: $after) { totalCount pageInfo { hasNextPage endCursor } nodes { itemId code message } } } }`;
    const all = await admin.ok(query, { id: globalId, first: 10 });
    expect(all.job).toMatchObject({ id: globalId, kind: "test.record", status: "SUCCEEDED", total: 8, processed: 8, succeeded: 6, failed: 2 });
    expect(all.job.failures.totalCount).toBe(2);
    expect(all.job.failures.nodes).toEqual([
      { itemId: "3", code: "TEST_REFUSED", message: "Item 3 is refused." },
      { itemId: "6", code: "INTERNAL_ERROR", message: "The item could not be processed because of an internal error." },
    ]);
    const first = await admin.ok(query, { id: globalId, first: 1 });
    expect(first.job.failures.nodes.map((n: { itemId: string }) => n.itemId)).toEqual(["3"]);
    expect(first.job.failures.pageInfo.hasNextPage).toBe(true);
    const second = await admin.ok(query, { id: globalId, first: 1, after: first.job.failures.pageInfo.endCursor });
    expect(second.job.failures.nodes.map((n: { itemId: string }) => n.itemId)).toEqual(["6"]);
  });

  it("shows a failed item of an API object by its global ID", async () => {
    const { actor } = await tenantWithActor();
    const userKind: JobKind<TestParams> = { ...testJobKind, kind: "test.users", itemType: "User" };
    const engine = startJobs(server.database, [userKind], createLogger({ logLevel: "silent", env: "test" }), { pollMs: 20, leaseMs: 5_000, concurrency: 1 });
    try {
      const { job } = await enqueue(actor, { count: 2, refuse: [2] }, userKind);
      await finished(actor, job.id);
      const failures = await inTenantTransaction(server.database.db, scopeOf(actor), (tx) => tx.execute(sql`select item_id, item_type from job_failures where job_id = ${job.id}`));
      expect(JSON.stringify(failures)).toContain('"item_type":"User"');
    } finally {
      await engine.close();
    }
  });

  it("cancel stops a running job between chunks; chunks done stay applied", async () => {
    const t = await tenantWithActor();
    const admin = await t.login();
    const { job, run, seen, globalId } = await enqueue(t.actor, { count: 60, delayMs: 15 });
    await waitFor("a first chunk", async () => seen.length, (n) => n >= 1);
    const cancel = `mutation($id: ID!) { cancelJob(input: { id: $id }) { job { id status cancelRequested } userErrors { code field message } } }`;
    const asked = await admin.ok(cancel, { id: globalId });
    expect(asked.cancelJob.userErrors).toEqual([]);
    expect(asked.cancelJob.job).toMatchObject({ id: globalId, cancelRequested: true });
    const ended = await finished(t.actor, job.id);
    expect(ended.status).toBe("CANCELLED");
    expect(ended.finishedAt).toBeInstanceOf(Date);
    expect(ended.processed).toBeGreaterThanOrEqual(5);
    expect(ended.processed).toBeLessThan(60);
    expect(ended.processed % 5).toBe(0);
    expect((await appliedItems(run)).map((r) => r.item)).toEqual(range(1, ended.processed));

    const again = await admin.ok(cancel, { id: globalId });
    expect(again.cancelJob).toEqual({ job: null, userErrors: [{ code: "ALREADY_FINISHED", field: ["input", "id"], message: "The job has already finished (CANCELLED)." }] });
    const unknown = await admin.ok(cancel, { id: toGlobalId("Job", "00000000-0000-4000-8000-000000000000") });
    expect(unknown.cancelJob.userErrors.map((e: { code: string }) => e.code)).toEqual(["NOT_FOUND"]);
  });

  it("a job cancelled while queued ends without applying any item", async () => {
    const { actor } = await tenantWithActor();
    const run = newRun();
    const job = await inTenantTransaction(server.database.db, scopeOf(actor), async (tx) => {
      const created = await enqueueJob(tx, actor, testJobKind, { run, count: 5, delayMs: 0, refuse: [], throw: [] });
      const { requestJobCancel } = await import("./job.service.js");
      await requestJobCancel(tx, actor, created.id);
      // Asking again before the worker stops it changes nothing: the audit log has the one request.
      expect(await requestJobCancel(tx, actor, created.id)).toMatchObject({ ok: true, job: { cancelRequested: true } });
      const entries = rowsOf<{ action: string }>(await tx.execute(sql`select action from audit_entries where target_id = ${created.id}`));
      expect(entries).toEqual([{ action: "cancel_requested" }]);
      return created;
    });
    expect(await finished(actor, job.id)).toMatchObject({ status: "CANCELLED", processed: 0, startedAt: null, total: null });
    expect(await appliedItems(run)).toEqual([]);
  });

  it("a worker whose lease was taken over commits nothing; the new holder goes on", async () => {
    const { actor } = await tenantWithActor();
    // A kind the app's workers do not serve, so only this test moves the job.
    const kind: JobKind<TestParams> = { ...testJobKind, kind: "test.fence" };
    const { job, run } = await enqueue(actor, { count: 12 }, kind);
    const a = await claimJob(server.database.db, ["test.fence"], "worker-a", 100);
    expect(a?.id).toBe(job.id);
    expect(await claimJob(server.database.db, ["test.fence"], "worker-b", 100)).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, 150));
    const b = await claimJob(server.database.db, ["test.fence"], "worker-b", 10_000);
    expect(b?.id).toBe(job.id);
    const logger = createLogger({ logLevel: "silent", env: "test" });
    expect(await runChunk(server.database.db, kind, a!, "worker-a", 10_000, logger)).toEqual({ state: "lost" });
    expect(await appliedItems(run)).toEqual([]);
    const next = await runChunk(server.database.db, kind, b!, "worker-b", 10_000, logger);
    expect(next).toMatchObject({ state: "continue", job: { processed: 5, leaseOwner: "worker-b" } });
    expect((await appliedItems(run)).map((r) => r.item)).toEqual(range(1, 5));
    // Nobody else can claim it while worker-b holds the lease it renewed with that chunk.
    expect(await claimJob(server.database.db, ["test.fence"], "worker-a", 100)).toBeNull();
  });

  it("two workers share the queue and never apply an item twice", async () => {
    const { actor } = await tenantWithActor();
    const second = startJobs(server.database, [testJobKind], createLogger({ logLevel: "silent", env: "test" }), { pollMs: 20, leaseMs: 2_000, concurrency: 2 });
    try {
      // Six jobs at once: more than the app's workers take (2), so both engines get some.
      const runs = range(1, 6).map(() => newRun());
      const enqueued = await inTenantTransaction(server.database.db, scopeOf(actor), async (tx) => {
        const created = [];
        for (const run of runs) created.push(await enqueueJob(tx, actor, testJobKind, { run, count: 15, delayMs: 5, refuse: [], throw: [] }));
        return created;
      });
      const ended = await Promise.all(enqueued.map((job) => finished(actor, job.id)));
      for (const job of ended) expect(job).toMatchObject({ status: "SUCCEEDED", processed: 15, succeeded: 15, failed: 0 });
      for (const run of runs) expect((await appliedItems(run)).map((r) => r.item)).toEqual(range(1, 15));
      // Both the app's engine and the second one ran jobs.
      expect(new Set(ended.map((j) => j.leaseOwner)).size).toBe(2);
      expect(ended.map((j) => j.leaseOwner)).toContain(second.owner);
    } finally {
      await second.close();
    }
  });

  it("a job that cannot go on ends FAILED with a reason", async () => {
    const { actor } = await tenantWithActor();
    const logger = createLogger({ logLevel: "silent", env: "test" });
    const broken: JobKind<TestParams> = {
      ...testJobKind,
      kind: "test.broken",
      items: async () => {
        throw new Error("the item source is down");
      },
    };
    const badParams = await enqueue(actor, { count: 3 }, broken);
    const failing = await enqueue(actor, { count: 3 }, broken);
    // Parameters that no longer fit the kind, and a chunk that already failed 4 times in a row.
    await server.database.db.execute(sql`update jobs set params = '{"run": 5}'::jsonb where id = ${badParams.job.id}`);
    await server.database.db.execute(sql`update jobs set attempts = 4 where id = ${failing.job.id}`);
    const engine = startJobs(server.database, [broken], logger, { pollMs: 20, leaseMs: 5_000, concurrency: 2 });
    try {
      expect(await finished(actor, badParams.job.id)).toMatchObject({
        status: "FAILED",
        error: "The job's parameters are no longer valid for its kind.",
        processed: 0,
      });
      expect(await finished(actor, failing.job.id)).toMatchObject({
        status: "FAILED",
        error: "Stopped after 5 failed attempts at the same chunk (internal error).",
        attempts: 5,
        processed: 0,
      });
      // Subscribers hear the end too.
      await waitFor("the failure event", async () => failing.seen.at(-1)?.status, (status) => status === "FAILED");
    } finally {
      await engine.close();
    }
  });

  it("a chunk that fails is retried later, from the same cursor", async () => {
    const { actor } = await tenantWithActor();
    let calls = 0;
    const flaky: JobKind<TestParams> = {
      ...testJobKind,
      kind: "test.flaky",
      items: (tx, a, params, after, limit) => {
        calls++;
        if (calls === 2) throw new Error("a passing fault");
        return testJobKind.items(tx, a, params, after, limit);
      },
    };
    const { job, run } = await enqueue(actor, { count: 8 }, flaky);
    const engine = startJobs(server.database, [flaky], createLogger({ logLevel: "silent", env: "test" }), { pollMs: 20, leaseMs: 5_000, concurrency: 1 });
    try {
      // The second chunk fails once; the job is handed back for a second and then finishes.
      expect(await finished(actor, job.id)).toMatchObject({ status: "SUCCEEDED", processed: 8, succeeded: 8, attempts: 0 });
      expect(calls).toBe(3);
      expect((await appliedItems(run)).map((r) => r.item)).toEqual(range(1, 8));
    } finally {
      await engine.close();
    }
  });

  it("job(id), node(id:) and cancelJob see only the caller's tenant", async () => {
    const a = await tenantWithActor();
    const b = await tenantWithActor();
    const { job, globalId } = await enqueue(a.actor, { count: 1 });
    await finished(a.actor, job.id);
    const adminA = await a.login();
    const adminB = await b.login();
    expect((await adminA.ok(`query($id: ID!) { job(id: $id) { id status } }`, { id: globalId })).job).toEqual({ id: globalId, status: "SUCCEEDED" });
    expect((await adminA.ok(`query($id: ID!) { node(id: $id) { id ... on Job { kind } } }`, { id: globalId })).node).toEqual({ id: globalId, kind: "test.record" });

    const asB = await adminB.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: globalId });
    expect(asB.data?.job).toBeNull();
    expect(asB.errors?.map((e) => e.extensions.code)).toEqual(["NOT_FOUND"]);
    const nodeAsB = await adminB.gql(`query($id: ID!) { node(id: $id) { id } }`, { id: globalId });
    expect(nodeAsB.errors?.map((e) => e.extensions.code)).toEqual(["NOT_FOUND"]);
    const cancelAsB = await adminB.ok(`mutation($id: ID!) { cancelJob(input: { id: $id }) { job { id } userErrors { code } } }`, { id: globalId });
    expect(cancelAsB.cancelJob).toEqual({ job: null, userErrors: [{ code: "NOT_FOUND" }] });
    // An ID of another type is not a job.
    const wrongType = await adminA.gql(`query($id: ID!) { job(id: $id) { id } }`, { id: toGlobalId("User", job.id) });
    expect(wrongType.errors?.map((e) => e.extensions.code)).toEqual(["NOT_FOUND"]);
    const anonymous = await server.client().gql(`query($id: ID!) { job(id: $id) { id } }`, { id: globalId });
    expect(anonymous.errors?.map((e) => e.extensions.code)).toEqual(["UNAUTHENTICATED"]);
  });
});

describe("jobProgress subscription", () => {
  function socketClient(cookie: string) {
    return createClient({
      url: `${server.url.replace("http", "ws")}/graphql`,
      retryAttempts: 0,
      lazy: true,
      webSocketImpl: class extends WebSocket {
        constructor(address: string, protocols?: string | string[]) {
          super(address, protocols, { headers: { cookie } });
        }
      },
    });
  }

  async function collect(cookie: string, id: string, onFirst?: () => void) {
    const client = socketClient(cookie);
    const events: any[] = [];
    try {
      for await (const result of client.iterate({
        query: `subscription($id: ID!) { jobProgress(id: $id) { id status total processed succeeded failed failures(first: 5) { totalCount nodes { itemId code } edges { cursor node { itemId } } pageInfo { hasNextPage endCursor } } } }`,
        variables: { id },
      })) {
        events.push(result);
        if (events.length === 1) onFirst?.();
      }
    } finally {
      await client.dispose();
    }
    return events;
  }

  it("pushes the job at once, after every chunk and at the end, then completes", async () => {
    const t = await tenantWithActor();
    const admin = await t.login();
    // A kind no running worker serves: the job waits until the subscription has its first event.
    const kind: JobKind<TestParams> = { ...testJobKind, kind: "test.progress" };
    const { job, globalId } = await enqueue(t.actor, { count: 15, refuse: [7] }, kind);
    let engine: ReturnType<typeof startJobs> | undefined;
    try {
      const events = await collect(admin.cookie!, globalId, () => {
        engine = startJobs(server.database, [kind], createLogger({ logLevel: "silent", env: "test" }), { pollMs: 20, leaseMs: 5_000, concurrency: 1 });
      });
      expect(events.every((e) => e.errors === undefined)).toBe(true);
      const states = events.map((e) => e.data.jobProgress);
      expect(states.map((s: { status: string; processed: number }) => [s.status, s.processed])).toEqual([
        ["QUEUED", 0],
        ["RUNNING", 5],
        ["RUNNING", 10],
        ["SUCCEEDED", 15],
      ]);
      expect(states[0]).toMatchObject({ id: globalId, total: null, failures: { totalCount: 0, nodes: [] } });
      expect(states.at(-1)).toMatchObject({ total: 15, succeeded: 14, failed: 1, failures: { totalCount: 1, nodes: [{ itemId: "7", code: "TEST_REFUSED" }] } });
      // Edges and page info too: over a subscription they are read inside its short transaction.
      const last = states.at(-1).failures;
      expect(last.edges).toEqual([{ cursor: expect.any(String), node: { itemId: "7" } }]);
      expect(last.pageInfo).toEqual({ hasNextPage: false, endCursor: last.edges[0].cursor });
      expect((await readJob(t.actor, job.id))?.status).toBe("SUCCEEDED");
    } finally {
      await engine?.close();
    }

    // A finished job: its state, then the end.
    const after = await collect(admin.cookie!, globalId);
    expect(after.map((e) => e.data.jobProgress.status)).toEqual(["SUCCEEDED"]);
  });

  it("refuses another tenant's job with NOT_FOUND", async () => {
    const a = await tenantWithActor();
    const b = await tenantWithActor();
    const { job, globalId } = await enqueue(a.actor, { count: 1 });
    await finished(a.actor, job.id);
    const adminB = await b.login();
    const error = await collect(adminB.cookie!, globalId).then(
      (events) => events,
      (e: unknown) => e,
    );
    expect(JSON.stringify(error)).toContain("NOT_FOUND");
  });
});
