import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { and, eq, lt, sql } from "drizzle-orm";
import type { Logger } from "../config/logger.js";
import type { Database, Executor } from "../db/client.js";
import { scheduledRuns } from "./jobs.tables.js";

/** Periodic work: retries, purges, later the daily billing run. */
export interface ScheduledTask {
  /** Unique, `<module>.<what>`; the slot table is keyed by it. */
  name: string;
  /** The period: one run per slot of this length (slots start at multiples of it since the epoch, UTC). */
  everyMs: number;
  /** The work. Runs in one process per slot; a failure is logged and recorded on the slot, not retried in it. */
  run(database: Database, logger: Logger): Promise<void>;
}

export interface SchedulerSettings {
  /** How often the scheduler looks whether a task's next slot has begun. */
  tickMs: number;
}

export interface Scheduler {
  close(): Promise<void>;
}

/** Slots are kept this long, to see in the table what ran when. */
const KEEP_SLOTS_MS = 7 * 24 * 60 * 60 * 1000;

/** The start of the slot `at` falls in. */
export function slotOf(at: number, everyMs: number): Date {
  return new Date(Math.floor(at / everyMs) * everyMs);
}

/**
 * Takes the slot for this process: true when its insert made the row (no other process has the slot).
 * The one statement is the whole agreement between processes: the primary key decides.
 */
export async function claimSlot(db: Executor, task: string, slot: Date, owner: string): Promise<boolean> {
  const rows = await db.insert(scheduledRuns).values({ task, slot, owner }).onConflictDoNothing().returning({ task: scheduledRuns.task });
  return rows.length === 1;
}

/**
 * Runs each task once per slot across every server process (cron-like): each process ticks, and the
 * one that claims a task's current slot runs it. A slot missed while no process ran is not made up:
 * the next slot runs. Tasks of one process never overlap themselves.
 */
export function startScheduler(database: Database, tasks: readonly ScheduledTask[], logger: Logger, settings: SchedulerSettings): Scheduler {
  const names = new Set<string>();
  for (const task of tasks) {
    if (names.has(task.name)) throw new Error(`Scheduled task ${task.name} is declared twice.`);
    if (!Number.isInteger(task.everyMs) || task.everyMs < 1) throw new Error(`Scheduled task ${task.name}: everyMs must be a positive integer.`);
    names.add(task.name);
  }
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const log = logger.child({ component: "scheduler", owner });
  const lastSlot = new Map<string, number>();
  const running = new Map<string, Promise<void>>();
  let closing = false;

  const runTask = async (task: ScheduledTask, slot: Date) => {
    let error: string | null = null;
    try {
      await task.run(database, log);
    } catch (e) {
      error = e instanceof Error ? e.message.slice(0, 1000) : String(e);
      log.error({ err: e, task: task.name, slot }, "scheduled task failed");
    }
    await database.db
      .update(scheduledRuns)
      .set({ finishedAt: sql`clock_timestamp()`, error })
      .where(and(eq(scheduledRuns.task, task.name), eq(scheduledRuns.slot, slot)))
      .catch((e: unknown) => log.warn({ err: e, task: task.name }, "recording a scheduled run failed"));
  };

  const tick = async () => {
    const now = Date.now();
    for (const task of tasks) {
      if (closing) return;
      const slot = slotOf(now, task.everyMs);
      if (lastSlot.get(task.name) === slot.getTime() || running.has(task.name)) continue;
      lastSlot.set(task.name, slot.getTime());
      try {
        if (!(await claimSlot(database.db, task.name, slot, owner))) continue;
      } catch (e) {
        log.warn({ err: e, task: task.name }, "claiming a scheduled slot failed");
        lastSlot.delete(task.name);
        continue;
      }
      const run = runTask(task, slot).finally(() => running.delete(task.name));
      running.set(task.name, run);
    }
  };
  let ticking: Promise<void> | null = null;
  const onTick = () => {
    if (ticking || closing) return;
    ticking = tick().finally(() => (ticking = null));
  };
  // The first look is one tick after start: a starting process has other work first (its deliveries
  // pick up what was left at once on their own).
  const timer = setInterval(onTick, settings.tickMs);
  timer.unref();

  return {
    async close() {
      closing = true;
      clearInterval(timer);
      await ticking;
      await Promise.all(running.values());
    },
  };
}

/** The scheduler's own upkeep: slots older than a week go. */
export const purgeScheduledRuns: ScheduledTask = {
  name: "scheduler.purge",
  everyMs: 24 * 60 * 60 * 1000,
  async run(database) {
    await database.db.delete(scheduledRuns).where(lt(scheduledRuns.startedAt, new Date(Date.now() - KEEP_SLOTS_MS)));
  },
};
