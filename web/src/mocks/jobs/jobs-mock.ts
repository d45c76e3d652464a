import type { JobFixture } from '../../testing/factories';
import { connection } from '../connection';
import { eventStream } from '../event-stream';
import { rowIdOf, toGlobalId } from '../global-id';
import { notFound } from '../mock-errors';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import { failureOrder, failuresOf, findJob, isFinished, onJobProgress, requestJobCancel } from './jobs';

/**
 * Follows one job: its state at once, then each state published after a chunk, until it has
 * finished; then the stream ends (server/src/jobs/job.resolver.ts `progressOf`).
 */
function progressOf(job: JobFixture): AsyncIterableIterator<JobFixture> {
  let unsubscribe = () => {};
  const stream = eventStream<JobFixture>(() => unsubscribe());
  unsubscribe = onJobProgress(job.id, (next) => {
    stream.push(next);
    if (isFinished(next)) stream.end();
  });
  stream.push({ ...job });
  if (isFinished(job)) stream.end();
  return stream.iterator;
}

/** Durable jobs (server/src/jobs): reading a job and its failures, cancelling it, following its progress. */
export const jobsMock: MockModule = {
  name: 'jobs',
  resolvers: {
    Query: {
      job: (_, { id }, ctx) => {
        const job = findJob(ctx.state, requireViewer(ctx).tenantId, id);
        if (!job) throw notFound('Job');
        return job;
      },
    },
    Mutation: {
      cancelJob: (_, { input }, ctx) => ({
        __typename: 'CancelJobPayload',
        ...requestJobCancel(ctx.state, actorOf(ctx), input.id, ctx.now, requireViewer(ctx).role === 'MEMBER' ? requireViewer(ctx).id : null),
      }),
    },
    Subscription: {
      jobProgress: {
        subscribe: (_, { id }, ctx) => {
          const job = findJob(ctx.state, requireViewer(ctx).tenantId, id);
          if (!job) throw notFound('Job');
          return progressOf(job);
        },
        // Over HTTP a subscription runs as a query, with no event: the server fails it as an internal error.
        resolve: (job: JobFixture | undefined) => {
          if (!job) throw new Error('Cannot return null for non-nullable field Subscription.jobProgress.');
          return job;
        },
      },
    },
    Job: {
      // The failures of the job as this answer shows it: none yet on the QUEUED job a mutation returns.
      failures: (job, args, ctx) =>
        connection(
          failuresOf(ctx.state, job.id).filter((f) => f.position < job.processed),
          args,
          'JobFailure',
          failureOrder,
        ),
    },
    JobFailure: {
      itemId: (failure) => (failure.itemType ? toGlobalId(failure.itemType, failure.itemId) : failure.itemId),
    },
  },
  nodes: {
    // Row-level security: a tenant's jobs only, for the master too.
    Job: (ctx, rowId) => ctx.state.jobs.find((j) => rowIdOf(j.id, 'Job') === rowId && j.tenantId === ctx.viewer?.tenantId) ?? null,
  },
  // A member may stop the jobs they started (the server's `@Access({ personal: true })`).
  access: { Mutation: { cancelJob: { personal: true } } },
};
