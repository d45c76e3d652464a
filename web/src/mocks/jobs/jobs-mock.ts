import type { JobFixture } from '../../testing/factories';
import { connection } from '../connection';
import { eventStream } from '../event-stream';
import { rowIdOf, toGlobalId } from '../global-id';
import { notFound } from '../mock-errors';
import type { MockContext } from '../mock-context';
import type { MockModule } from '../mock-module';
import { actorOf, requireViewer } from '../viewer';
import { failureOrder, failuresOf, findJob, isFinished, jobError, onJobProgress, requestJobCancel } from './jobs';

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

/** The server's job kinds declared `bulk` (its kit/bulk.ts actions over a filter): `bulkOperation(id:)` finds their jobs. */
const BULK_KINDS = new Set([
  'accounts.bulkOperation',
  'applications.bulkOperation',
  'applications.bulkSubscriptionOperation',
  'team.revokeAccessTokens',
  'webhooks.retryDeliveries',
  'webhooks.deleteDeliveries',
]);

const cancel = (ctx: MockContext, id: string) => ({
  __typename: 'CancelJobPayload' as const,
  ...requestJobCancel(ctx.state, actorOf(ctx), id, ctx.now, requireViewer(ctx).role === 'MEMBER' ? requireViewer(ctx).id : null),
});

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
      bulkOperation: (_, { id }, ctx) => {
        const job = findJob(ctx.state, requireViewer(ctx).tenantId, id);
        if (!job || !BULK_KINDS.has(job.kind)) throw notFound('Bulk operation');
        return job;
      },
    },
    Mutation: {
      cancelJob: (_, { input }, ctx) => cancel(ctx, input.id),
      cancelBulkOperation: (_, { input }, ctx) => {
        const job = findJob(ctx.state, requireViewer(ctx).tenantId, input.id);
        if (!job || !BULK_KINDS.has(job.kind)) {
          return { __typename: 'CancelJobPayload' as const, job: null, userErrors: [jobError('NOT_FOUND', 'No such bulk operation.')] };
        }
        return cancel(ctx, input.id);
      },
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
  access: { Mutation: { cancelJob: { personal: true }, cancelBulkOperation: { personal: true } } },
};
