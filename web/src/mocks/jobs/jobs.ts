import { createJob, type JobFailureFixture, type JobFixture } from '../../testing/factories';
import type { JobStatus } from '../../gql/schema-types';
import type { KeysetOrder } from '../connection';
import { emit, type AuditState, type MockActor, type SystemActor } from '../events/events';
import { rowIdOf, toGlobalId } from '../global-id';
import { userError } from '../mock-errors';

/**
 * Durable jobs, with the rules of server/src/jobs (docs/jobs.md): a job kind's work in chunks,
 * each item applied or recorded as a failure, the counts, cancel before the next chunk, and the
 * progress events `jobProgress` follows. The server runs a job in the background; the mock runs
 * it through as soon as it is enqueued (the enqueuing mutation still answers QUEUED, as the
 * server's does), unless `holdJobs` is set: then jobs wait until `runJobChunk` runs them, chunk by
 * chunk, so a test can look at a job half done, or stop it.
 */
export interface JobsState {
  jobs: JobFixture[];
  jobFailures: JobFailureFixture[];
  holdJobs: boolean;
}

/** Who a job acts for: its chunks see what that user would see. */
export interface JobActor {
  tenantId: string;
  userId: string;
  /** The request that enqueued the job (the server stores its actor with the request's id). */
  requestId?: string | null;
}

export type JobItemResult = { ok: true } | { ok: false; code: string; message: string };

/** A module's job kind (server/src/jobs/job-kind.ts): items are row keys, read after a keyset cursor. */
export interface MockJobKind<S> {
  /** Stored on each job, as on the server. */
  kind: string;
  chunkSize: number;
  /** The GraphQL type of the items: failures show their global IDs. */
  itemType: string | null;
  /** The items to process, counted when the job starts. */
  count(state: S, job: JobFixture, now: Date): number;
  /** The next row keys after `after` (null: from the start), in one stable order. */
  items(state: S, job: JobFixture, after: string | null, limit: number, now: Date): string[];
  /** Applies one item, or refuses it with the kind's code and message and changes nothing. */
  apply(state: S, job: JobFixture, itemId: string, now: Date): JobItemResult;
}

const ACTIVE: readonly JobStatus[] = ['QUEUED', 'RUNNING'];
export const isFinished = (job: Pick<JobFixture, 'status'>) => !ACTIVE.includes(job.status);

type JobListener = (job: JobFixture) => void;
const listeners = new Map<string, Set<JobListener>>();

/** Every state of the job published from now on (after each chunk, and when it ends); returns the unsubscribe. */
export function onJobProgress(jobId: string, listener: JobListener): () => void {
  const forJob = listeners.get(jobId) ?? new Set<JobListener>();
  listeners.set(jobId, forJob);
  forJob.add(listener);
  return () => {
    forJob.delete(listener);
    if (forJob.size === 0) listeners.delete(jobId);
  };
}

function publish(job: JobFixture): void {
  for (const listener of listeners.get(job.id) ?? []) listener({ ...job });
}

/**
 * Records a job for `actor` and returns it as the enqueuing mutation shows it: QUEUED. Unless jobs
 * are held, the mock's "worker" then runs it to the end at once.
 */
export function enqueueJob<S>(state: NoInfer<S> & JobsState & AuditState, kind: MockJobKind<S>, actor: JobActor, params: unknown, now: Date): JobFixture {
  const job = createJob({
    id: toGlobalId('Job', crypto.randomUUID()),
    tenantId: actor.tenantId,
    actorUserId: actor.userId,
    actorRequestId: actor.requestId ?? null,
    kind: kind.kind,
    // Stored as JSON, as the server's jsonb column keeps it.
    params: JSON.parse(JSON.stringify(params)) as unknown,
    createdAt: now.toISOString(),
  });
  state.jobs.push(job);
  const queued = { ...job };
  if (!state.holdJobs) {
    while (!isFinished(job)) runJobChunk(state, kind, job, now);
  }
  return queued;
}

function finish(state: AuditState, job: JobFixture, status: 'SUCCEEDED' | 'FAILED' | 'CANCELLED', now: Date, error: string | null = null): JobFixture {
  Object.assign(job, { status, error, finishedAt: now.toISOString() });
  if (status !== 'CANCELLED') recordJobFinished(state, job, now);
  publish(job);
  return job;
}

/**
 * A job that ended on its own (SUCCEEDED or FAILED; not cancelled: whoever cancelled knows) is
 * recorded by the system on behalf of its starter, who is notified (BULK_OPERATION_FINISHED): the
 * server's `onJobFinished` listener of the events module (server/src/modules/events/events.module.ts).
 */
function recordJobFinished(state: AuditState, job: JobFixture, now: Date): void {
  const rowId = rowIdOf(job.id, 'Job') ?? job.id;
  const outcome =
    job.status === 'SUCCEEDED'
      ? `finished: ${job.succeeded} of ${job.processed} item${job.processed === 1 ? '' : 's'} done${job.failed ? `, ${job.failed} failed` : ''}`
      : `failed: ${job.error ?? 'stopped by an error'}`;
  const actor: SystemActor = { kind: 'system', tenantId: job.tenantId, name: `job:${rowId}`, onBehalfOf: job.actorUserId };
  emit(
    state,
    actor,
    {
      type: 'job',
      action: job.status === 'SUCCEEDED' ? 'finished' : 'failed',
      target: { type: 'Job', id: job.id, name: job.kind },
      summary: `The bulk operation ${job.kind} ${outcome}.`,
      notify: { type: 'BULK_OPERATION_FINISHED', recipientId: job.actorUserId },
    },
    now,
  );
}

/**
 * One chunk, as the server's engine runs it (server/src/jobs/job-engine.ts `runChunk`): a cancel
 * request ends the job first; the first chunk counts the total; then up to `chunkSize` items after
 * the cursor, each applied or recorded as a failure; the job succeeds once no item is left.
 */
export function runJobChunk<S>(state: NoInfer<S> & JobsState & AuditState, kind: MockJobKind<S>, job: JobFixture, now = new Date()): JobFixture {
  if (isFinished(job)) return job;
  if (job.cancelRequested) return finish(state, job, 'CANCELLED', now);
  const total = job.status === 'QUEUED' ? kind.count(state, job, now) : job.total;
  // One id past the chunk tells whether this chunk is the last, so a job never ends on an empty chunk.
  const upcoming = kind.items(state, job, job.cursor, kind.chunkSize + 1, now);
  const ids = upcoming.slice(0, kind.chunkSize);
  let succeeded = 0;
  ids.forEach((itemId, index) => {
    const result = kind.apply(state, job, itemId, now);
    if (result.ok) {
      succeeded++;
      return;
    }
    state.jobFailures.push({
      id: crypto.randomUUID(),
      jobId: job.id,
      position: job.processed + index,
      itemId,
      itemType: kind.itemType,
      code: result.code,
      message: result.message,
    });
  });
  const processed = job.processed + ids.length;
  const done = upcoming.length <= kind.chunkSize;
  Object.assign(job, {
    status: done ? 'SUCCEEDED' : 'RUNNING',
    // Items can appear or vanish after the count: the final total is what was processed.
    total: done ? processed : Math.max(total ?? 0, processed),
    processed,
    succeeded: job.succeeded + succeeded,
    failed: job.failed + (ids.length - succeeded),
    cursor: ids.at(-1) ?? job.cursor,
    startedAt: job.startedAt ?? now.toISOString(),
    finishedAt: done ? now.toISOString() : null,
  } satisfies Partial<JobFixture>);
  if (done) recordJobFinished(state, job, now);
  publish(job);
  return job;
}

/** A job of the caller's tenant (row-level security hides the others, the master's view included). */
export function findJob(state: JobsState, tenantId: string, globalId: string): JobFixture | null {
  const rowId = rowIdOf(globalId, 'Job');
  return (rowId && state.jobs.find((j) => j.tenantId === tenantId && rowIdOf(j.id, 'Job') === rowId)) || null;
}

type JobErrorCode = 'NOT_FOUND' | 'ALREADY_FINISHED';
export const jobError = (code: JobErrorCode, message: string) => userError('JobUserError', code, message, ['input', 'id']);

/**
 * `cancelJob`: marks an active job; the worker ends it CANCELLED before its next chunk (a queued
 * job before its first item), and the request is recorded (`job.cancel_requested`). The payload
 * shows the job as the request left it.
 */
export function requestJobCancel(state: JobsState & AuditState, actor: MockActor, globalId: string, now: Date, startedBy: string | null = null) {
  const found = findJob(state, actor.tenantId, globalId);
  // As on the server, a member may stop only the jobs they started.
  const job = found && (!startedBy || found.actorUserId === startedBy) ? found : undefined;
  if (!job) return { job: null, userErrors: [jobError('NOT_FOUND', 'No such job.')] };
  if (isFinished(job)) return { job: null, userErrors: [jobError('ALREADY_FINISHED', `The job has already finished (${job.status}).`)] };
  job.cancelRequested = true;
  const requested = { ...job };
  const target = { type: 'Job', id: job.id, name: job.kind };
  emit(state, actor, { type: 'job', action: 'cancel_requested', target, summary: `Asked the job ${job.kind} to stop.` }, now);
  // A worker that is not held reaches the job's next chunk at once.
  if (!state.holdJobs) finish(state, job, 'CANCELLED', now);
  return { job: requested, userErrors: [] };
}

/** A job's failures in the order it met them (the server's POSITION keyset). */
export const failureOrder: KeysetOrder<JobFailureFixture> = { key: 'POSITION', kind: 'integer', value: (f) => f.position, direction: 'ASC' };

export function failuresOf(state: JobsState, jobId: string): JobFailureFixture[] {
  return state.jobFailures.filter((f) => f.jobId === jobId);
}
