import { EventEmitter } from "node:events";
import { and, eq, inArray, sql } from "drizzle-orm";
import type { Actor } from "../auth/actor.js";
import type { Executor } from "../db/client.js";
import { type KeysetOrder, type KeysetSource, paginate } from "../graphql/connection/keyset.js";
import { compiledShapes, tableShape } from "../db/statement.js";
import { type ConnectionArgs, OrderDirection } from "../graphql/connection/types.js";
import { userError } from "../graphql/user-error.js";
import type { JobKind } from "./job-kind.js";
import { JobErrorCode } from "./job.errors.js";
import { activeJobStatuses, type JobFailureRow, jobFailures, type JobRow, jobs } from "./jobs.tables.js";

/**
 * A job was enqueued, or a queued job was asked to stop, in this process: the engine
 * (job-engine.ts) listens, so it acts at once rather than at its next poll. The signal comes
 * before the caller's transaction commits; the engine looks again shortly after until it sees the job.
 */
const enqueued = new EventEmitter();

export function onJobEnqueued(listener: (jobId: string) => void): () => void {
  enqueued.on("job", listener);
  return () => enqueued.off("job", listener);
}

/**
 * Records a job in the caller's transaction, so it exists exactly when the change that asked for
 * it commits (DESIGN.md "Jobs"). `tx` must be scoped to the actor's tenant. Throws when the
 * parameters do not fit the kind's schema: callers validate user input before.
 */
export async function enqueueJob<P>(tx: Executor, actor: Actor, kind: JobKind<P>, params: P): Promise<JobRow> {
  const parsed = kind.params.safeParse(params);
  if (!parsed.success) throw new Error(`Invalid parameters for job kind ${kind.kind}: ${parsed.error.message}`);
  const [job] = await tx.insert(jobs).values({ tenantId: actor.tenantId, kind: kind.kind, params: parsed.data, actor }).returning();
  enqueued.emit("job", job!.id);
  return job!;
}

/** The job, if it exists in the transaction's tenant (row-level security hides the others). */
export async function findJob(tx: Executor, id: string | null): Promise<JobRow | null> {
  if (!id) return null;
  const [job] = await tx.select().from(jobs).where(eq(jobs.id, id));
  return job ?? null;
}

export function isFinished(job: Pick<JobRow, "status">): boolean {
  return !(activeJobStatuses as readonly string[]).includes(job.status);
}

type JobError = ReturnType<typeof userError<JobErrorCode>>;

/**
 * What else happens, in the same transaction, when someone asks a job to stop: the events module
 * records it in the audit log (the core knows no module; a module registers here).
 */
type CancelListener = (tx: Executor, actor: Actor, job: JobRow) => Promise<void>;
const cancelListeners: CancelListener[] = [];

/**
 * Called inside the transaction of a job's last chunk, when it ends SUCCEEDED or FAILED on its own
 * (not when cancelled: whoever cancelled knows). The events module records it and notifies whoever
 * started the job. A listener that throws rolls the chunk back (it is run again).
 */
export type FinishListener = (tx: Executor, job: JobRow) => Promise<void>;
export const finishListeners: FinishListener[] = [];
export function onJobFinished(listener: FinishListener): void {
  finishListeners.push(listener);
}
export function onJobCancelRequested(listener: CancelListener): void {
  cancelListeners.push(listener);
}

/**
 * Asks a job to stop. The worker sees the request before its next chunk and ends the job as
 * CANCELLED; chunks already committed stay applied. A queued job is cancelled before any item.
 */
export async function requestJobCancel(
  tx: Executor,
  actor: Actor,
  id: string | null,
  /** Only a job this user started (a member may stop their own jobs, not their colleagues'). */
  startedBy: string | null = null,
): Promise<{ ok: true; job: JobRow } | { ok: false; userErrors: JobError[] }> {
  const own = startedBy ? sql`${jobs.actor}->>'userId' = ${startedBy}` : undefined;
  if (id) {
    // Asked again: nothing changes (and nothing is recorded) until the worker has stopped the job.
    const [already] = await tx
      .select()
      .from(jobs)
      .where(and(eq(jobs.id, id), inArray(jobs.status, [...activeJobStatuses]), eq(jobs.cancelRequested, true), own));
    if (already) return { ok: true, job: already };
    const [job] = await tx
      .update(jobs)
      .set({ cancelRequested: true })
      .where(and(eq(jobs.id, id), inArray(jobs.status, [...activeJobStatuses]), own))
      .returning();
    if (job) {
      // A queued job may wait for a free worker; wake this process's so the cancel shows soon.
      enqueued.emit("job", job.id);
      for (const listener of cancelListeners) await listener(tx, actor, job);
      return { ok: true, job };
    }
  }
  const existing = await findJob(tx, id);
  if (!existing || (startedBy && (existing.actor as { userId?: string }).userId !== startedBy)) return { ok: false, userErrors: [userError(JobErrorCode.NOT_FOUND, "No such job.", ["input", "id"])] };
  return {
    ok: false,
    userErrors: [userError(JobErrorCode.ALREADY_FINISHED, `The job has already finished (${existing.status}).`, ["input", "id"])],
  };
}

const failureOrder: KeysetOrder<JobFailureRow> = {
  key: "POSITION",
  column: jobFailures.position,
  sqlType: "integer",
  value: (row) => row.position,
  direction: OrderDirection.ASC,
};

const failureSource: KeysetSource<JobFailureRow> = {
  table: jobFailures,
  shape: tableShape(jobFailures),
  idColumn: jobFailures.id,
  id: (row) => row.id,
  shapes: compiledShapes(),
};

/** The items a job could not apply, in the order it met them. */
export function listJobFailures(tx: Executor, jobId: string, args: ConnectionArgs) {
  const where = eq(jobFailures.jobId, jobId);
  return paginate<JobFailureRow>({ ...failureSource, tx, args, order: failureOrder, where });
}
