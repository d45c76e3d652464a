import { appendFileSync } from "node:fs";
import { setTimeout as sleep } from "node:timers/promises";
import { sql } from "drizzle-orm";
import { z } from "zod";
import type { Executor } from "../db/client.js";
import { defineJobKind } from "./job-kind.js";

/**
 * A job kind for the engine's own tests, enabled in a server process by GATEHOUSE_TEST_JOB_KINDS=1
 * (the crash test starts real processes). Item n of a run writes one row to `job_test_items`,
 * whose primary key (run, item) makes a second application of an item fail loudly.
 */
export const testJobKind = defineJobKind({
  kind: "test.record",
  chunkSize: 5,
  params: z.object({
    /** Names the rows this job writes (tests pick a fresh one per job). */
    run: z.string().min(1),
    count: z.number().int().min(0),
    /** Milliseconds each item takes, inside the chunk's transaction. */
    delayMs: z.number().int().min(0).default(0),
    /** Items that are refused with TEST_REFUSED (after writing their row, which the savepoint undoes). */
    refuse: z.array(z.number().int()).default([]),
    /** Items that throw (after writing their row). */
    throw: z.array(z.number().int()).default([]),
    /** A file outside the database that gets one line per item applied, committed or not. */
    traceFile: z.string().optional(),
  }),
  async count(_tx, _actor, params) {
    return params.count;
  },
  async items(_tx, _actor, params, after, limit) {
    const from = after === null ? 1 : Number(after) + 1;
    const ids: string[] = [];
    for (let n = from; n <= params.count && ids.length < limit; n++) ids.push(String(n));
    return ids;
  },
  async apply(tx, _actor, params, itemId) {
    const item = Number(itemId);
    if (params.delayMs) await sleep(params.delayMs);
    if (params.traceFile) appendFileSync(params.traceFile, `${item}\n`);
    await tx.execute(sql`insert into job_test_items (run, item) values (${params.run}, ${item})`);
    if (params.refuse.includes(item)) return { ok: false, code: "TEST_REFUSED", message: `Item ${item} is refused.` };
    if (params.throw.includes(item)) throw new Error(`Item ${item} throws.`);
    return { ok: true };
  },
});

/** Creates the test kind's table (as the migrating role; the application role is granted it by default privileges). */
export async function createTestJobTable(db: Executor): Promise<void> {
  await db.execute(sql`
    create table if not exists job_test_items (
      run text not null,
      item integer not null,
      tenant_id uuid not null default gatehouse_current_tenant(),
      applied_at timestamptz not null default clock_timestamp(),
      primary key (run, item)
    )`);
}
