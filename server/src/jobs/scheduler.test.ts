import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createTestDatabase } from "../../test/harness.js";
import { createLogger } from "../config/logger.js";
import { type Database, rowsOf } from "../db/client.js";
import { claimSlot, type ScheduledTask, slotOf, startScheduler } from "./scheduler.js";

let database: Database;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.close());

const logger = createLogger({ logLevel: "silent", env: "test" });

describe("scheduler", () => {
  it("rounds a time down to its slot", () => {
    expect(slotOf(Date.UTC(2026, 11, 2, 13, 45, 10), 60 * 60 * 1000).toISOString()).toBe("2026-12-02T13:00:00.000Z");
    expect(slotOf(Date.UTC(2026, 11, 2, 13, 45, 10), 24 * 60 * 60 * 1000).toISOString()).toBe("2026-12-02T00:00:00.000Z");
  });

  it("gives a slot to one claimer only", async () => {
    const slot = new Date(Date.UTC(2026, 0, 1));
    const claims = await Promise.all(["a", "b", "c", "d"].map((owner) => claimSlot(database.db, "test.claim", slot, owner)));
    expect(claims.filter(Boolean)).toHaveLength(1);
    expect(await claimSlot(database.db, "test.claim", new Date(slot.getTime() + 1000), "a")).toBe(true);
  });

  it("runs a task once per slot across schedulers, and records a failure on its slot", async () => {
    let runs = 0;
    // A slot of a century: the test cannot straddle two slots (an hour's could, at hh:59:59.9).
    const century = 100 * 365 * 24 * 60 * 60 * 1000;
    const counted: ScheduledTask = { name: "test.counted", everyMs: century, run: async () => void runs++ };
    const failing: ScheduledTask = { name: "test.failing", everyMs: century, run: async () => Promise.reject(new Error("boom")) };
    // Three processes' schedulers ticking over the same slot.
    const schedulers = [1, 2, 3].map(() => startScheduler(database, [counted, failing], logger, { tickMs: 10 }));
    await new Promise((resolve) => setTimeout(resolve, 300));
    await Promise.all(schedulers.map((s) => s.close()));
    expect(runs).toBe(1);
    const rows = rowsOf<{ task: string; error: string | null; finished: boolean }>(
      await database.db.execute(sql`select task, error, finished_at is not null as finished from scheduled_runs where task like 'test.%ing' or task = 'test.counted' order by task`),
    );
    expect(rows).toEqual([
      { task: "test.counted", error: null, finished: true },
      { task: "test.failing", error: "boom", finished: true },
    ]);
  });

  it("refuses a task declared twice or with no period", () => {
    const task: ScheduledTask = { name: "test.twice", everyMs: 1000, run: async () => {} };
    expect(() => startScheduler(database, [task, task], logger, { tickMs: 1000 })).toThrow("declared twice");
    expect(() => startScheduler(database, [{ ...task, everyMs: 0 }], logger, { tickMs: 1000 })).toThrow("positive integer");
  });
});
