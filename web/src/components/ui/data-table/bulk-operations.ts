import type { ApolloClient } from '@apollo/client';
import type { BulkInput, BulkMutation, BulkRunResult, BulkTarget } from './bulk-action';
import type { BulkAction } from './bulk-bar';
import type { PlanChoices } from '../plan-choice';
import { bulkMutation, type BulkPayload } from '../../../lib/bulk-mutation';

/*
 * The bulk operations of issue 9 (send email, change plan, change state) over the API's
 * runBulk*Operation mutations, shared by the accounts, applications and subscriptions listings: the
 * bulk bar's three buttons, a dialog that asks for the operation's parameters and confirms how many
 * rows it applies to (bulk-operation-modal.tsx), and a panel with the result (bulk-result-panel.tsx).
 * A listing says what its rows are called, its plans and state changes, and how to send its mutation
 * (`BulkOperationsConfig`).
 */

/** The three buttons of the bulk bar. */
export type BulkOperationKind = 'email' | 'plan' | 'state';

/** What a runBulk*Operation mutation takes besides the selection. */
export interface BulkOperationParams {
  operation: string;
  planId?: string | null;
  subject?: string | null;
  body?: string | null;
}

/** The payload every runBulk*Operation mutation shares, with each item's error code. */
export interface BulkOperationPayload extends BulkPayload {
  results: readonly { id: string; status: 'DONE' | 'FAILED'; error?: { code: string; message: string } | null }[];
}

/** A state change offered in bulk, e.g. `{ operation: 'APPROVE', label: 'Approve', done: 'approved' }`. */
export interface BulkStateOperation {
  operation: string;
  label: string;
  /** The past participle for the result: "10 accounts approved". */
  done: string;
}

/** What one listing's bulk operations are about and how they are sent. */
export interface BulkOperationsConfig<TFilter> {
  /** How the rows are called: `{ one: 'account', many: 'accounts' }`. */
  things: { one: string; many: string };
  /** Who gets the email, said in the dialog. */
  emailNote: string;
  /** The plans a selection can move to (grouped by product where there are several). */
  plans: { label: string; data: PlanChoices; loading: boolean };
  /** The state changes offered, in the order shown. */
  states: readonly BulkStateOperation[];
  /** Sends the mutation for one selection (at most MAX_BULK_IDS ids, or a filter). */
  send: (input: BulkOperationParams & BulkInput<TFilter>) => Promise<BulkOperationPayload | null | undefined>;
}

/** A bulk bar button pressed on a selection. */
export interface BulkOperationRequest<TRow, TFilter> {
  kind: BulkOperationKind;
  target: BulkTarget<TRow, TFilter>;
}

/** The bulk bar's buttons, each opening the dialog on the selection. */
export function bulkOperationActions<TRow, TFilter>(open: (request: BulkOperationRequest<TRow, TFilter>) => void): BulkAction<TRow, TFilter>[] {
  return [
    { label: 'Send email', onClick: (target) => open({ kind: 'email', target }) },
    { label: 'Change plan', onClick: (target) => open({ kind: 'plan', target }) },
    { label: 'Change state', onClick: (target) => open({ kind: 'state', target }) },
  ];
}

/** One item the operation could not apply, with why. */
export interface BulkItemFailure {
  id: string;
  /** The row's name as the listing shows it, when it was among the rows picked. */
  name: string;
  code: string;
  message: string;
}

/** What a finished run did, for the result panel. */
export interface BulkOperationResult {
  /** "Approve", "Send email", "Change plan to Gold". */
  title: string;
  things: { one: string; many: string };
  /** "approved", "sent", "moved". */
  done: string;
  /** Picked rows (answered per item) or a filter (run as a job). */
  by: 'ids' | 'filter';
  /** How many rows it was asked to apply to. */
  count: number;
  succeeded: number;
  /** By ids: each failed row with its code. */
  failures: BulkItemFailure[];
  /** By filter: the job's failure messages, each distinct one with how many rows it concerns. */
  jobFailures: { message: string; count: number }[];
  failed: number;
  stopped: boolean;
  /** What ended the run early (the network, the server). */
  error?: string;
}

/**
 * A BulkMutation for one operation: the shared `bulkMutation` (chunks of ids, or one job followed to
 * its end) with the operation's parameters, collecting each failed item's code as it goes.
 */
export function bulkOperationMutation<TFilter>(
  client: ApolloClient,
  send: BulkOperationsConfig<TFilter>['send'],
  params: BulkOperationParams,
  failures: Omit<BulkItemFailure, 'name'>[],
): BulkMutation<TFilter> {
  return bulkMutation<TFilter>(client, {
    byIds: async (ids) => {
      const payload = await send({ ...params, ids });
      for (const result of payload?.results ?? []) {
        if (result.status === 'FAILED') failures.push({ id: result.id, code: result.error?.code ?? 'FAILED', message: result.error?.message ?? 'Not done.' });
      }
      return payload;
    },
    byFilter: (filter, exceptIds) => send({ ...params, filter, exceptIds }),
  });
}

/** Each distinct message once, with how many items it concerns: a job over a filter can fail thousands alike. */
export function countMessages(messages: readonly string[]): { message: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const message of messages) counts.set(message, (counts.get(message) ?? 0) + 1);
  return [...counts].map(([message, count]) => ({ message, count }));
}

/** The panel's account of a run. */
export function bulkOperationResult<TRow extends { id: string }, TFilter>(options: {
  title: string;
  done: string;
  things: { one: string; many: string };
  target: BulkTarget<TRow, TFilter>;
  run: BulkRunResult;
  itemFailures: Omit<BulkItemFailure, 'name'>[];
  rowLabel: (row: TRow) => string;
  error?: string;
}): BulkOperationResult {
  const { target, run } = options;
  const names = new Map(target.rows.map((row) => [row.id, options.rowLabel(row)]));
  const byIds = 'ids' in target.input;
  return {
    title: options.title,
    things: options.things,
    done: options.done,
    by: byIds ? 'ids' : 'filter',
    count: target.count,
    succeeded: run.succeeded,
    failures: byIds ? options.itemFailures.map((failure) => ({ ...failure, name: names.get(failure.id) ?? failure.id })) : [],
    jobFailures: byIds ? [] : countMessages(run.failures),
    failed: run.failures.length,
    stopped: run.stopped,
    error: options.error,
  };
}

/** "1 account", "12 accounts". */
export function countOf(n: number, things: { one: string; many: string }): string {
  return `${n} ${n === 1 ? things.one : things.many}`;
}
