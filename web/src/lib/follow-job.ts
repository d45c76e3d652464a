import type { ApolloClient } from '@apollo/client';
import { MAX_PAGE_SIZE } from '@gatehouse/schema/pagination';
import { graphql } from '../gql';
import type { JobForProgressFragment } from '../gql/graphql';

export const JobForProgress = graphql(`
  fragment JobForProgress on Job {
    id
    status
    total
    processed
    succeeded
    failed
    cancelRequested
    error
  }
`);

const JobProgressSubscription = graphql(`
  subscription JobProgress($id: ID!) {
    jobProgress(id: $id) {
      id
      ...JobForProgress
    }
  }
`);

const JobProgressQuery = graphql(`
  query JobProgressPoll($id: ID!) {
    job(id: $id) {
      id
      ...JobForProgress
    }
  }
`);

const CancelJobMutation = graphql(`
  mutation CancelJob($input: CancelJobInput!) {
    cancelJob(input: $input) {
      job {
        id
        ...JobForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const JobFailuresQuery = graphql(`
  query JobFailures($id: ID!, $first: Int!, $after: String) {
    job(id: $id) {
      id
      failures(first: $first, after: $after) {
        pageInfo {
          hasNextPage
          endCursor
        }
        nodes {
          itemId
          code
          message
        }
      }
    }
  }
`);

export type JobProgress = JobForProgressFragment;

export const isJobFinished = (job: Pick<JobProgress, 'status'>) => job.status !== 'QUEUED' && job.status !== 'RUNNING';

/**
 * How often to read the job when no live event comes: soon at first and after each change, then
 * less often. With a live subscription the reads are a safety net only: the server relays a job's
 * events to subscribers of the process that runs it (docs/jobs.md), not of the others.
 */
export const JOB_POLL_FIRST_MS = 300;
export const JOB_POLL_MAX_MS = 2_000;
export const JOB_POLL_WHILE_LIVE_MS = 5_000;

export interface FollowJobOptions {
  /** Aborted when the user stops the work: the job is asked to stop (`cancelJob`) and followed to its end. */
  signal: AbortSignal;
  /** Each newer state of the job. */
  onProgress: (job: JobProgress) => void;
}

/**
 * Follows a job until it has finished and returns its final state: live through the `jobProgress`
 * subscription, and by reading `job(id:)` when the subscription fails or ends early (no socket, as
 * in mock mode; a dropped connection; a job run by another server process).
 */
export async function followJob(client: ApolloClient, job: JobProgress, { signal, onProgress }: FollowJobOptions): Promise<JobProgress> {
  let latest = job;
  let live = true;
  let wake = () => {};
  const accept = (next: JobProgress) => {
    // Events and reads can cross: a job only moves forward, and a finished one stays so.
    if (isJobFinished(latest) || next.processed < latest.processed) return;
    latest = next;
    onProgress(next);
    wake();
  };
  const lost = () => {
    live = false;
    wake();
  };
  const subscription = client.subscribe({ query: JobProgressSubscription, variables: { id: job.id } }).subscribe({
    next: ({ data, error }) => {
      if (data) accept(data.jobProgress);
      if (error) lost();
    },
    error: lost,
    // It completes after the final state; completing before it means the events stopped.
    complete: lost,
  });
  const onAbort = () => wake();
  signal.addEventListener('abort', onAbort);
  let cancelAsked = false;
  let delay = JOB_POLL_FIRST_MS;
  try {
    while (!isJobFinished(latest)) {
      if (signal.aborted && !cancelAsked) {
        cancelAsked = true;
        const cancelled = await cancelJob(client, latest.id);
        if (cancelled) accept(cancelled);
        delay = JOB_POLL_FIRST_MS;
        continue;
      }
      // After a cancel, look again soon even while live: the job ends before its next chunk.
      const wait = live && !cancelAsked ? JOB_POLL_WHILE_LIVE_MS : delay;
      const timedOut = await new Promise<boolean>((resolve) => {
        const timer = setTimeout(() => resolve(true), wait);
        wake = () => {
          clearTimeout(timer);
          resolve(false);
        };
      });
      wake = () => {};
      if (isJobFinished(latest) || !(timedOut || !live)) continue;
      const before = latest.processed;
      const { data } = await client.query({ query: JobProgressQuery, variables: { id: latest.id }, fetchPolicy: 'network-only' });
      if (data?.job) accept(data.job);
      delay = latest.processed > before ? JOB_POLL_FIRST_MS : Math.min(delay * 2, JOB_POLL_MAX_MS);
    }
    return latest;
  } finally {
    subscription.unsubscribe();
    signal.removeEventListener('abort', onAbort);
  }
}

/** Asks the job to stop; its state after the request, or null when it had finished already. */
async function cancelJob(client: ApolloClient, id: string): Promise<JobProgress | null> {
  const { data } = await client.mutate({ mutation: CancelJobMutation, variables: { input: { id } } });
  const payload = data?.cancelJob;
  const refused = payload?.userErrors.find((e) => e.code !== 'ALREADY_FINISHED');
  if (refused) throw new Error(refused.message);
  return payload?.job ?? null;
}

/** The messages of every item a job could not apply, in the order it met them. */
export async function jobFailureMessages(client: ApolloClient, id: string): Promise<string[]> {
  const messages: string[] = [];
  let after: string | null | undefined;
  do {
    const { data } = await client.query({
      query: JobFailuresQuery,
      variables: { id, first: MAX_PAGE_SIZE, after },
      fetchPolicy: 'no-cache',
    });
    const page = data?.job?.failures;
    if (!page) break;
    messages.push(...page.nodes.map((f) => f.message));
    after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
  } while (after);
  return messages;
}
