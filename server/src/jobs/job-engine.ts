import { randomBytes } from "node:crypto";
import { hostname } from "node:os";
import { setImmediate as yieldToRequests } from "node:timers/promises";
import { and, eq, sql } from "drizzle-orm";
import type { Actor } from "../auth/actor.js";
import type { JobSettings } from "../config/config.js";
import type { Logger } from "../config/logger.js";
import { type Database, type Executor, rowsOf } from "../db/client.js";
import { anonymousScope, inTenantTransaction, type TenantScope } from "../db/tenancy.js";
import type { ItemResult, JobKind } from "./job-kind.js";
import { publishJobProgress } from "./job-progress.js";
import { finishListeners, onJobEnqueued } from "./job.service.js";
import { jobFailures, type JobRow, jobs } from "./jobs.tables.js";

export interface JobEngine {
  /** This engine's lease owner name (`host:pid:random`). */
  readonly owner: string;
  /** Stops claiming, lets running chunks commit, and hands their jobs back for another worker. */
  close(): Promise<void>;
}

/** A job leased to a worker: enough to open its tenant's transaction. */
export interface ClaimedJob {
  id: string;
  kind: string;
  scope: TenantScope;
}

/** Chunks that may fail in a row (not items: the chunk itself, e.g. the database went away) before the job fails. */
export const MAX_CHUNK_ATTEMPTS = 5;
/** How long after an enqueue in this process the engine keeps looking for the job: its transaction may not have committed yet. */
const ENQUEUE_WATCH_MS = 5_000;
const INTERNAL_ITEM_ERROR: ItemResult = {
  ok: false,
  code: "INTERNAL_ERROR",
  message: "The item could not be processed because of an internal error.",
};

/** Leases the next job with work left of one of `kinds` to `owner`, or returns null. Safe across processes. */
export async function claimJob(db: Executor, kinds: readonly string[], owner: string, leaseMs: number): Promise<ClaimedJob | null> {
  if (kinds.length === 0) return null;
  const kindList = sql.join(
    kinds.map((k) => sql`${k}`),
    sql`, `,
  );
  // The claim is the one cross-tenant step; it runs as the application role through a narrow
  // SECURITY DEFINER function (drizzle/0005_jobs_claim.sql), in no tenant.
  const result = await inTenantTransaction(db, anonymousScope, (tx) =>
    tx.execute(sql`select id, kind, tenant_id, is_master from gatehouse_claim_job(array[${kindList}]::text[], ${owner}, ${leaseMs}::integer)`),
  );
  const row = rowsOf<{ id: string; kind: string; tenant_id: string; is_master: boolean }>(result)[0];
  return row ? { id: row.id, kind: row.kind, scope: { tenantId: row.tenant_id, master: row.is_master } } : null;
}

export type ChunkOutcome =
  /** More items may follow. */
  | { state: "continue"; job: JobRow }
  /** The job reached an end state (succeeded, failed, cancelled). */
  | { state: "finished"; job: JobRow }
  /** The job is no longer this worker's (its lease was taken over) or no longer active: nothing was done. */
  | { state: "lost" };

class ItemRefused extends Error {
  constructor(readonly result: ItemResult & { ok: false }) {
    super(result.message);
  }
}

/**
 * Runs the job's next chunk as ONE transaction in the job's tenant scope: locks the job row,
 * checks the lease is still this worker's, honours a cancel request, reads the next item ids after
 * the cursor, applies each in a savepoint (a failing item is rolled back and recorded, the others
 * go on), then advances the cursor and counts and renews the lease. A crash before the commit
 * leaves no trace of the chunk, so whoever resumes the job runs it again from the same cursor:
 * no item is applied twice and none is skipped.
 */
export async function runChunk(db: Executor, kind: JobKind, claimed: ClaimedJob, owner: string, leaseMs: number, logger: Logger): Promise<ChunkOutcome> {
  return inTenantTransaction(db, claimed.scope, async (tx) => {
    const [job] = await tx.select().from(jobs).where(eq(jobs.id, claimed.id)).for("update");
    if (!job || job.leaseOwner !== owner || (job.status !== "QUEUED" && job.status !== "RUNNING")) return { state: "lost" };
    const finish = async (status: "SUCCEEDED" | "FAILED" | "CANCELLED", error: string | null = null): Promise<ChunkOutcome> => {
      const [ended] = await tx
        .update(jobs)
        .set({ status, error, finishedAt: sql`clock_timestamp()`, updatedAt: sql`clock_timestamp()`, leaseExpiresAt: null })
        .where(eq(jobs.id, job.id))
        .returning();
      if (status === "FAILED") await tellJobFinished(tx, ended!, logger);
      return { state: "finished", job: ended! };
    };

    if (job.cancelRequested) return finish("CANCELLED");
    const actor = job.actor;
    // The claim function read the tenant from the row itself; an actor of another scope would act
    // outside the tenant whose row-level security this transaction runs under.
    if (actor.tenantId !== job.tenantId || actor.master !== claimed.scope.master) {
      logger.error({ jobId: job.id, kind: job.kind }, "job actor does not match its tenant");
      return finish("FAILED", "The job's actor does not belong to its tenant.");
    }
    const parsed = kind.params.safeParse(job.params);
    if (!parsed.success) {
      logger.error({ jobId: job.id, kind: job.kind, issues: parsed.error.issues }, "job parameters no longer valid");
      return finish("FAILED", "The job's parameters are no longer valid for its kind.");
    }
    const params = parsed.data;

    let total = job.total;
    if (job.status === "QUEUED") total = await kind.count(tx, actor, params);
    // One id past the chunk tells whether this chunk is the last, so a job never ends on an empty chunk.
    const upcoming = await kind.items(tx, actor, params, job.cursor, kind.chunkSize + 1);
    const ids = upcoming.slice(0, kind.chunkSize);
    let succeeded = 0;
    const failures: (typeof jobFailures.$inferInsert)[] = [];
    if (kind.applyChunk) {
      // The whole chunk or nothing: a throw rolls this transaction back and the chunk runs again.
      if (ids.length || job.processed === 0) await kind.applyChunk(tx, actor, params, ids, { jobId: job.id, position: job.processed });
      succeeded = ids.length;
    } else {
      for (const [index, itemId] of ids.entries()) {
        const result = await applyItem(tx, kind, actor, params, itemId, job.id, logger);
        if (result.ok) succeeded++;
        else {
          failures.push({
            tenantId: job.tenantId,
            jobId: job.id,
            position: job.processed + index,
            itemId,
            itemType: kind.itemType ?? null,
            code: result.code,
            message: result.message,
          });
        }
      }
    }
    if (failures.length) await tx.insert(jobFailures).values(failures);

    const processed = job.processed + ids.length;
    const done = upcoming.length <= kind.chunkSize;
    const [updated] = await tx
      .update(jobs)
      .set({
        status: done ? "SUCCEEDED" : "RUNNING",
        // Items can appear or vanish after the count: the final total is what was processed.
        total: done ? processed : Math.max(total ?? 0, processed),
        processed,
        succeeded: job.succeeded + succeeded,
        failed: job.failed + failures.length,
        cursor: ids.at(-1) ?? job.cursor,
        attempts: 0,
        startedAt: sql`coalesce(${jobs.startedAt}, clock_timestamp())`,
        finishedAt: done ? sql`clock_timestamp()` : null,
        leaseExpiresAt: done ? null : sql`clock_timestamp() + ${leaseMs}::integer * interval '1 millisecond'`,
        updatedAt: sql`clock_timestamp()`,
      })
      .where(eq(jobs.id, job.id))
      .returning();
    if (done) await tellJobFinished(tx, updated!, logger);
    return { state: done ? "finished" : "continue", job: updated! };
  });
}

/**
 * Tells the finish listeners (the audit entry, the starter's notification), each in a savepoint: one
 * that fails is logged and undone, and the job still ends as it did (it must not run again because the
 * news of its end could not be written).
 */
async function tellJobFinished(tx: Executor, job: JobRow, logger: Logger): Promise<void> {
  for (const listener of finishListeners) {
    try {
      await tx.transaction((savepoint) => listener(savepoint, job));
    } catch (error) {
      logger.error({ err: error, jobId: job.id, kind: job.kind }, "a job-finished listener failed");
    }
  }
}

/** Applies one item in a savepoint: a refusal or an error undoes that item's writes only. */
async function applyItem(tx: Executor, kind: JobKind, actor: Actor, params: unknown, itemId: string, jobId: string, logger: Logger): Promise<ItemResult> {
  try {
    await tx.transaction(async (savepoint) => {
      const result = await kind.apply!(savepoint, actor, params, itemId);
      if (!result.ok) throw new ItemRefused(result);
    });
    return { ok: true };
  } catch (error) {
    if (error instanceof ItemRefused) return error.result;
    logger.error({ err: error, jobId, kind: kind.kind, itemId }, "job item failed");
    return INTERNAL_ITEM_ERROR;
  }
}

/**
 * After a chunk failed as a whole (its transaction rolled back): counts the attempt and hands the
 * job back with a growing delay, or fails it after MAX_CHUNK_ATTEMPTS in a row.
 */
async function recordChunkFailure(db: Executor, claimed: ClaimedJob, owner: string, logger: Logger): Promise<JobRow | null> {
  return inTenantTransaction(db, claimed.scope, async (tx) => {
    const [job] = await tx.select().from(jobs).where(and(eq(jobs.id, claimed.id), eq(jobs.leaseOwner, owner))).for("update");
    if (!job || (job.status !== "QUEUED" && job.status !== "RUNNING")) return null;
    const attempts = job.attempts + 1;
    const failed = attempts >= MAX_CHUNK_ATTEMPTS;
    const delayMs = Math.min(60_000, 1_000 * 2 ** (attempts - 1));
    const [updated] = await tx
      .update(jobs)
      .set({
        attempts,
        status: failed ? "FAILED" : job.status,
        error: failed ? `Stopped after ${attempts} failed attempts at the same chunk (internal error).` : null,
        finishedAt: failed ? sql`clock_timestamp()` : null,
        leaseExpiresAt: failed ? null : sql`clock_timestamp() + ${delayMs}::integer * interval '1 millisecond'`,
        updatedAt: sql`clock_timestamp()`,
      })
      .where(eq(jobs.id, job.id))
      .returning();
    if (failed) await tellJobFinished(tx, updated!, logger);
    return updated!;
  });
}

/** Gives a job back at once (this process is stopping): another worker may claim it right away. */
async function releaseLease(db: Executor, claimed: ClaimedJob, owner: string): Promise<void> {
  await inTenantTransaction(db, claimed.scope, (tx) =>
    tx
      .update(jobs)
      .set({ leaseExpiresAt: null })
      .where(and(eq(jobs.id, claimed.id), eq(jobs.leaseOwner, owner))),
  );
}

/**
 * Starts this process's workers for the given job kinds. They claim jobs through the database
 * (several processes are safe), run them chunk by chunk, and publish progress after every chunk.
 * On PGlite every statement goes through the one `database.db` session, so chunks and requests
 * take turns; the workers yield between chunks.
 */
export function startJobs(database: Database, kinds: readonly JobKind[], logger: Logger, settings: JobSettings): JobEngine {
  const byName = new Map<string, JobKind>();
  for (const kind of kinds) {
    if (byName.has(kind.kind)) throw new Error(`Job kind ${kind.kind} is declared twice.`);
    byName.set(kind.kind, kind);
  }
  const names = [...byName.keys()];
  const owner = `${hostname()}:${process.pid}:${randomBytes(4).toString("hex")}`;
  const log = logger.child({ component: "jobs", owner });
  const running = new Map<string, Promise<void>>();
  /** Jobs enqueued in this process not yet seen claimed, with when to stop looking. */
  const watched = new Map<string, number>();
  let closing = false;
  let filling: Promise<void> | null = null;
  let fillAgain = false;
  let recheck: NodeJS.Timeout | undefined;
  let recheckDelay = 25;

  const runJob = async (claimed: ClaimedJob, kind: JobKind) => {
    for (;;) {
      if (closing) {
        await releaseLease(database.db, claimed, owner);
        return;
      }
      let outcome: ChunkOutcome;
      try {
        outcome = await runChunk(database.db, kind, claimed, owner, settings.leaseMs, log);
      } catch (error) {
        log.error({ err: error, jobId: claimed.id, kind: kind.kind }, "job chunk failed; it will be retried");
        const updated = await recordChunkFailure(database.db, claimed, owner, log).catch((e: unknown) => {
          log.error({ err: e, jobId: claimed.id }, "recording a failed chunk failed");
          return null;
        });
        if (updated?.status === "FAILED") publishJobProgress(database, log, updated.id);
        return;
      }
      if (outcome.state === "lost") return;
      publishJobProgress(database, log, outcome.job.id);
      if (outcome.state === "finished") {
        log.info({ jobId: claimed.id, kind: kind.kind, status: outcome.job.status, processed: outcome.job.processed, failed: outcome.job.failed }, "job finished");
        return;
      }
      await yieldToRequests();
    }
  };

  const fill = async () => {
    while (!closing && running.size < settings.concurrency) {
      const claimed = await claimJob(database.db, names, owner, settings.leaseMs);
      if (!claimed) break;
      watched.delete(claimed.id);
      // Already running here (its lease ran out between two chunks and this engine took it again).
      if (running.has(claimed.id)) continue;
      const run = runJob(claimed, byName.get(claimed.kind)!)
        .catch((error: unknown) => log.error({ err: error, jobId: claimed.id }, "job runner failed"))
        .finally(() => {
          running.delete(claimed.id);
          wake();
        });
      running.set(claimed.id, run);
    }
  };

  /** Looks for claimable jobs now; while enqueued jobs are still unseen, looks again soon. */
  const wake = () => {
    if (closing || names.length === 0) return;
    if (filling) {
      fillAgain = true;
      return;
    }
    filling = fill()
      .catch((error: unknown) => log.error({ err: error }, "claiming jobs failed"))
      .finally(() => {
        filling = null;
        if (fillAgain) {
          fillAgain = false;
          wake();
          return;
        }
        const now = Date.now();
        for (const [id, until] of watched) if (until < now) watched.delete(id);
        clearTimeout(recheck);
        if (watched.size && running.size < settings.concurrency && !closing) {
          recheck = setTimeout(wake, recheckDelay);
          recheckDelay = Math.min(recheckDelay * 2, 1_000);
        }
      });
  };

  const stopListening = onJobEnqueued((jobId) => {
    watched.set(jobId, Date.now() + ENQUEUE_WATCH_MS);
    recheckDelay = 25;
    // After the current statement: the enqueuing transaction is still open.
    setImmediate(wake);
  });
  const poll = setInterval(wake, settings.pollMs);
  poll.unref();
  setImmediate(wake);

  return {
    owner,
    async close() {
      closing = true;
      stopListening();
      clearInterval(poll);
      clearTimeout(recheck);
      await filling;
      await Promise.all(running.values());
    },
  };
}
