import { Arg, Args, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root, Subscription } from "type-graphql";
import type { Executor } from "../db/client.js";
import { ConnectionArgs } from "../graphql/connection/types.js";
import { Access } from "../graphql/access.js";
import { liveStream } from "../graphql/live.js";
import { actorOf, type Context, requireAuth } from "../graphql/context.js";
import { notFound } from "../graphql/errors.js";
import { rowIdOf, toGlobalId } from "../graphql/node.js";
import { jobProgressEvents } from "./job-progress.js";
import { userError } from "../graphql/user-error.js";
import { bulkJobKinds } from "./job-kind.js";
import { JobErrorCode } from "./job.errors.js";
import { CancelJobInput, CancelJobPayload } from "./job.input.js";
import { findJob, isFinished, listJobFailures, requestJobCancel } from "./job.service.js";
import { Job, JobFailure, JobFailureConnection } from "./job.type.js";
import type { JobFailureRow, JobRow } from "./jobs.tables.js";

/** `node(id:)` for jobs: only the caller's tenant's, through row-level security. */
export const fetchJobNode = (ctx: Context, id: string) => findJob(ctx.tx, id);

/** How long a `jobProgress` subscription waits for a signal before it reads the job again anyway. */
const PROGRESS_RESYNC_MS = 5_000;

/**
 * Follows one job: its state now, then after every chunk, until it has finished (then the
 * subscription completes). Listening starts before the first read, so no chunk in between is missed.
 */
async function progressOf(ctx: Context, globalId: string): Promise<AsyncIterable<JobRow>> {
  const id = rowIdOf(globalId, "Job");
  if (!id) throw notFound("Job");
  const events = jobProgressEvents(id);
  const nextEvent = events.next(); // starts listening
  const current = await readWith(ctx, (tx) => findJob(tx, id)).catch(async (error: unknown) => {
    await events.return(undefined);
    throw error;
  });
  if (!current) {
    await events.return(undefined);
    throw notFound("Job");
  }
  let last = current;
  return liveStream<JobRow>({
    events,
    first: nextEvent,
    initial: [current],
    ended: isFinished(current),
    resyncMs: PROGRESS_RESYNC_MS,
    // A signal says the job changed (in this process or another); its state is read here, in the
    // subscriber's own scope. Signals that crossed (one sent before the first read) change nothing.
    async step() {
      const fresh = await readWith(ctx, (tx) => findJob(tx, id));
      if (!fresh) return { push: [], done: true };
      if (fresh.updatedAt > last.updatedAt || fresh.processed > last.processed || fresh.status !== last.status) {
        last = fresh;
        return { push: [fresh], done: isFinished(fresh) };
      }
      return { push: [], done: false };
    },
  });
}

/**
 * Reads in the request's transaction, or — in a subscription, which has none — in a short
 * transaction of its own in the caller's scope.
 */
function readWith<T>(ctx: Context, read: (tx: Executor) => Promise<T>): Promise<T> {
  return ctx.openTransaction ? ctx.openTransaction(read) : read(ctx.tx);
}

/** Asks a job to stop: admins any job of their tenant, members only the jobs they started. */
async function cancel(ctx: Context, globalId: string) {
  const auth = requireAuth(ctx);
  const result = await requestJobCancel(ctx.tx, actorOf(ctx), rowIdOf(globalId, "Job"), auth.role === "MEMBER" ? auth.userId : null);
  return result.ok ? { job: result.job, userErrors: [] } : { job: null, userErrors: result.userErrors };
}

@Resolver(() => Job)
export class JobResolver {
  @Query(() => Job, { nullable: true, description: "A job of your tenant by its global ID. NOT_FOUND when it does not exist or is not yours to see." })
  async job(@Arg("id", () => ID, { description: "Global ID of the job." }) id: string, @Ctx() ctx: Context) {
    const job = await findJob(ctx.tx, rowIdOf(id, "Job"));
    if (!job) throw notFound("Job");
    return job;
  }

  @Query(() => Job, {
    description:
      "A bulk operation over a filter (the `job` of `runBulkAccountOperation` and the other bulk actions) by its global ID: `job(id:)` for bulk operations. " +
      "NOT_FOUND when your tenant has none with it.",
  })
  async bulkOperation(@Arg("id", () => ID, { description: "Global ID of the bulk operation's job." }) id: string, @Ctx() ctx: Context) {
    const job = await findJob(ctx.tx, rowIdOf(id, "Job"));
    if (!job || !bulkJobKinds.has(job.kind)) throw notFound("Bulk operation");
    return job;
  }

  @FieldResolver(() => JobFailureConnection, { description: "The items the job could not apply, in the order it met them." })
  failures(@Root() job: JobRow, @Args(() => ConnectionArgs) args: ConnectionArgs, @Ctx() ctx: Context) {
    if (!ctx.openTransaction) return listJobFailures(ctx.tx, job.id, args);
    // The subscription's transaction ends before GraphQL reads `totalCount`: count inside it.
    return ctx.openTransaction(async (tx) => {
      const page = await listJobFailures(tx, job.id, args);
      const totalCount = await page.totalCount;
      // Edges and page info are made on first read (connection/keyset.ts): read them here, in the transaction's lifetime.
      return { nodes: page.nodes, edges: page.edges, pageInfo: page.pageInfo, totalCount };
    });
  }

  @Mutation(() => CancelJobPayload, {
    description:
      "Asks a job to stop. It stops before its next chunk and ends CANCELLED; items already processed stay applied. " +
      "Admins may stop any job of their tenant; members only the jobs they started.",
  })
  @Access({ personal: true })
  cancelJob(@Arg("input", () => CancelJobInput, { description: "The job." }) input: CancelJobInput, @Ctx() ctx: Context) {
    return cancel(ctx, input.id);
  }

  @Mutation(() => CancelJobPayload, {
    description:
      "Stops a bulk operation over a filter before its next chunk, as `cancelJob` does; items already processed stay applied. " +
      "NOT_FOUND for a job that is not a bulk operation.",
  })
  @Access({ personal: true })
  async cancelBulkOperation(@Arg("input", () => CancelJobInput, { description: "The bulk operation's job." }) input: CancelJobInput, @Ctx() ctx: Context) {
    const job = await findJob(ctx.tx, rowIdOf(input.id, "Job"));
    if (!job || !bulkJobKinds.has(job.kind)) return { job: null, userErrors: [userError(JobErrorCode.NOT_FOUND, "No such bulk operation.", ["input", "id"])] };
    return cancel(ctx, input.id);
  }

  @Subscription(() => Job, {
    description:
      "A job's state at once, then after every chunk it commits, until it has finished; then the subscription completes. " +
      "Whichever server process runs the job.",
    subscribe: ({ args, context }) => progressOf(context as Context, (args as { id: string }).id),
  })
  jobProgress(@Arg("id", () => ID, { description: "Global ID of the job." }) _id: string, @Root() job: JobRow): JobRow {
    return job;
  }
}

@Resolver(() => JobFailure)
export class JobFailureResolver {
  @FieldResolver(() => String, { description: "The item: its global ID when it is an object of the API, else the job kind's own key." })
  itemId(@Root() failure: JobFailureRow): string {
    return failure.itemType ? toGlobalId(failure.itemType, failure.itemId) : failure.itemId;
  }
}
