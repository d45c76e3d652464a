import { randomBytes } from "node:crypto";
import { existsSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { sql } from "drizzle-orm";
import { afterAll, describe, expect, it } from "vitest";
import { TestClient } from "../../test/harness.js";
import { createStore, exited, killServerProcesses, type Store, startServerProcess, until } from "../../test/server-process.js";
import { bootstrap } from "../bootstrap.js";
import type { Actor } from "../auth/actor.js";
import { loadConfig } from "../config/config.js";
import { createLogger } from "../config/logger.js";
import { rowsOf } from "../db/client.js";
import { inTenantTransaction } from "../db/tenancy.js";
import { toGlobalId } from "../graphql/node.js";
import { compose } from "../kit/module.js";
import { enqueueJob } from "./job.service.js";
import { createTestJobTable, testJobKind } from "./test-job-kind.js";

const MASTER = { email: "crash-master@test.local", password: "crash-master-password" };
const ITEMS = 40;
const ITEM_MS = 80; // a chunk of 5 takes about 400 ms, so a kill lands inside one
const adminUrl = process.env.TEST_DATABASE_URL;

/** A server process of this test: the job kinds of tests, short leases and polls. */
const startServer = (storeEnv: Record<string, string>) =>
  startServerProcess({
    GATEHOUSE_MASTER_EMAIL: MASTER.email,
    GATEHOUSE_MASTER_PASSWORD: MASTER.password,
    GATEHOUSE_TEST_JOB_KINDS: "1",
    GATEHOUSE_JOB_LEASE_MS: "1000",
    GATEHOUSE_JOB_POLL_MS: "100",
    ...storeEnv,
  });

async function readState(store: Store, jobId: string) {
  const database = await store.open();
  try {
    const [job] = rowsOf<{ status: string; processed: number; succeeded: number; failed: number }>(
      await database.db.execute(sql`select status, processed, succeeded, failed from jobs where id = ${jobId}`),
    );
    const items = rowsOf<{ item: number }>(await database.db.execute(sql`select item from job_test_items order by item`)).map((r) => r.item);
    return { job: job!, items };
  } finally {
    await database.close();
  }
}

afterAll(killServerProcesses);

describe(`a server process killed mid-job (${adminUrl ? "PostgreSQL" : "PGlite"})`, () => {
  it("is resumed by the next process, and every item is applied exactly once", { timeout: 240_000 }, async () => {
    const store = await createStore();
    const traceFile = path.join(tmpdir(), `gatehouse-crash-trace-${randomBytes(4).toString("hex")}`);
    const traced = () => (existsSync(traceFile) ? readFileSync(traceFile, "utf8").split("\n").filter(Boolean).map(Number) : []);
    try {
      // The data as a first start leaves it, plus a job enqueued by the master admin.
      const database = await store.open();
      let jobId: string;
      try {
        const config = loadConfig({ GATEHOUSE_SECRET: "x".repeat(32), GATEHOUSE_MASTER_EMAIL: MASTER.email, GATEHOUSE_MASTER_PASSWORD: MASTER.password, LOG_LEVEL: "silent" });
        await bootstrap(compose([]), config, createLogger(config), database, { demo: false });
        await createTestJobTable(database.db);
        const [master] = rowsOf<{ tenant_id: string; id: string }>(
          await database.db.execute(sql`select tenant_id, id from users where email = ${MASTER.email}`),
        );
        const actor: Actor = { kind: "user", tenantId: master!.tenant_id, master: true, userId: master!.id, tokenId: null };
        const job = await inTenantTransaction(database.db, { tenantId: actor.tenantId, master: true }, (tx) =>
          enqueueJob(tx, actor, testJobKind, { run: "crash", count: ITEMS, delayMs: ITEM_MS, refuse: [], throw: [], traceFile }),
        );
        jobId = job.id;
      } finally {
        await database.close();
      }

      // First process: kill -9 once its second chunk has begun (its first chunk has committed,
      // since chunks of one job run one after the other).
      const first = await startServer(store.env);
      await until("the second chunk to be under way", () => traced().length >= 6, 60_000);
      first.child.kill("SIGKILL");
      await exited(first.child);
      expect(first.child.signalCode).toBe("SIGKILL");

      // What the crash left: whole chunks only. Items of the chunk in flight were applied in a
      // transaction that never committed, so they are gone from the database.
      const afterCrash = await readState(store, jobId);
      expect(afterCrash.job.status).toBe("RUNNING");
      expect(afterCrash.job.processed % testJobKind.chunkSize).toBe(0);
      expect(afterCrash.job.processed).toBeGreaterThanOrEqual(5);
      expect(afterCrash.job.processed).toBeLessThan(ITEMS);
      expect(afterCrash.items).toEqual(Array.from({ length: afterCrash.job.processed }, (_, i) => i + 1));
      const tracedAtCrash = traced().length;
      expect(tracedAtCrash).toBeGreaterThan(afterCrash.job.processed);

      // Second process on the same data: takes the job over once the dead worker's lease expires.
      const second = await startServer(store.env);
      const client = new TestClient(`${second.url}/graphql`);
      await client.login({ email: MASTER.email, password: MASTER.password });
      const id = toGlobalId("Job", jobId);
      let job: any;
      await until(
        "the job to finish",
        async () => {
          job = (await client.ok(`query($id: ID!) { job(id: $id) { status total processed succeeded failed failures(first: 5) { totalCount } } }`, { id })).job;
          return job.status !== "QUEUED" && job.status !== "RUNNING";
        },
        120_000,
      );
      expect(job).toEqual({ status: "SUCCEEDED", total: ITEMS, processed: ITEMS, succeeded: ITEMS, failed: 0, failures: { totalCount: 0 } });
      second.child.kill("SIGTERM");
      expect(await exited(second.child)).toBe(0);

      // Every item once in the database (the primary key would have refused a second time)…
      const final = await readState(store, jobId);
      expect(final.items).toEqual(Array.from({ length: ITEMS }, (_, i) => i + 1));
      // …although the items of the killed chunk were run twice: once rolled back, once for good.
      const runs = new Map<number, number>();
      for (const item of traced()) runs.set(item, (runs.get(item) ?? 0) + 1);
      const twice = [...runs].filter(([, n]) => n === 2).map(([item]) => item);
      expect(twice.length).toBeGreaterThan(0);
      expect(twice.every((item) => item > afterCrash.job.processed && item <= afterCrash.job.processed + testJobKind.chunkSize)).toBe(true);
      expect([...runs.values()].every((n) => n <= 2)).toBe(true);
      expect(runs.size).toBe(ITEMS);
    } finally {
      rmSync(traceFile, { force: true });
      await store.drop();
    }
  });
});
