import type { ApolloClient } from '@apollo/client';
import { MAX_BULK_IDS } from '@gatehouse/schema/bulk';
import type { BulkMutation, BulkOutcome } from '../components/ui/data-table/bulk-action';
import { followJob, isJobFinished, jobFailureMessages, type JobProgress } from './follow-job';

/** The payload every bulk mutation of the API shares (server/src/kit/bulk.ts). */
export interface BulkPayload {
  /** With `ids`: one result per distinct id. */
  results: readonly { id: string; status: 'DONE' | 'FAILED'; error?: { message: string } | null }[];
  /** With `filter`: the job doing the work. */
  job?: JobProgress | null;
  /** The selection itself was refused: nothing was done. */
  userErrors: readonly { message: string }[];
}

export interface BulkMutationSend<TFilter> {
  /** Sends the mutation for at most MAX_BULK_IDS ids. */
  byIds: (ids: string[]) => Promise<BulkPayload | null | undefined>;
  /** Sends the mutation for a whole filter but the excepted ids. */
  byFilter: (filter: TFilter, exceptIds: string[]) => Promise<BulkPayload | null | undefined>;
}

function payloadOf(payload: BulkPayload | null | undefined): BulkPayload {
  if (!payload) throw new Error('The server sent no result.');
  if (payload.userErrors.length > 0) throw new Error(payload.userErrors.map((e) => e.message).join('\n'));
  return payload;
}

/**
 * A page's bulk action over one of the API's bulk mutations. Rows picked by id go in chunks of at
 * most MAX_BULK_IDS, one mutation each, with progress per chunk and each failed row's message; a
 * stop ends the run between chunks. A whole filter goes in one mutation, whose job is followed to
 * its end (`followJob`), its progress reported; a stop asks the job to stop.
 */
export function bulkMutation<TFilter>(client: ApolloClient, send: BulkMutationSend<TFilter>): BulkMutation<TFilter> {
  return async (input, { signal, progress }) => {
    const outcome: BulkOutcome = { succeeded: 0, failures: [] };
    try {
      if ('ids' in input) {
        const total = input.ids.length;
        progress({ done: 0, total });
        for (let start = 0; start < total && !signal.aborted; start += MAX_BULK_IDS) {
          const { results } = payloadOf(await send.byIds(input.ids.slice(start, start + MAX_BULK_IDS)));
          for (const result of results) {
            if (result.status === 'DONE') outcome.succeeded += 1;
            else outcome.failures.push(result.error?.message ?? 'Not done.');
          }
          progress({ done: outcome.succeeded + outcome.failures.length, total });
        }
        return outcome;
      }

      const { job } = payloadOf(await send.byFilter(input.filter, input.exceptIds));
      if (!job) throw new Error('The server started no job.');
      const report = (state: JobProgress) => {
        outcome.succeeded = state.succeeded;
        // The total is counted when the job starts.
        if (state.total !== null && state.total !== undefined) progress({ done: state.processed, total: state.total });
      };
      report(job);
      const final = isJobFinished(job) ? job : await followJob(client, job, { signal, onProgress: report });
      report(final);
      if (final.failed > 0) outcome.failures.push(...(await jobFailureMessages(client, final.id)));
      if (final.status === 'FAILED') outcome.error = new Error(final.error ?? 'The job stopped on an error.');
      if (final.status === 'CANCELLED' && !signal.aborted) outcome.error = new Error('The job was stopped.');
      return outcome;
    } catch (error) {
      return { ...outcome, error };
    }
  };
}
