import type { ReactNode } from 'react';
import type { BulkInput, BulkRunner, BulkTarget } from '../../components/ui/data-table/bulk-action';
import type { BulkPayload } from '../../lib/bulk-mutation';

/*
 * The bulk operations UI (dialog, progress, result panel) is the accounts listing's, in
 * features/accounts/bulk-operations-ui.tsx. Features do not import each other, so the applications and
 * subscriptions listings get it from their routes (app/routes/applications.tsx, subscriptions.tsx) as
 * a component of this shape, and say here what they hand it: which operations, which plans, and how
 * to send the mutation. TypeScript checks at the route that the two shapes agree.
 */

export type BulkOperationKind = 'email' | 'plan' | 'state';

export interface BulkOperationRequest<TRow, TFilter> {
  kind: BulkOperationKind;
  target: BulkTarget<TRow, TFilter>;
}

export interface BulkOperationParams {
  operation: string;
  planId?: string | null;
  subject?: string | null;
  body?: string | null;
}

export interface BulkOperationPayload extends BulkPayload {
  results: readonly { id: string; status: 'DONE' | 'FAILED'; error?: { code: string; message: string } | null }[];
}

export interface PlanChoice {
  value: string;
  label: string;
}

export interface BulkOperationsConfig<TFilter> {
  things: { one: string; many: string };
  emailNote: string;
  plans: { label: string; data: readonly (PlanChoice | { group: string; items: PlanChoice[] })[]; loading: boolean };
  states: readonly { operation: string; label: string; done: string }[];
  send: (input: BulkOperationParams & BulkInput<TFilter>) => Promise<BulkOperationPayload | null | undefined>;
}

export interface BulkOperationsProps<TRow extends { id: string }, TFilter> {
  request: BulkOperationRequest<TRow, TFilter> | null;
  runner: BulkRunner<TRow, TFilter>;
  config: BulkOperationsConfig<TFilter>;
  rowLabel: (row: TRow) => string;
  onClose: () => void;
  onFinished?: () => void;
}

/** Renders the result of the last run (where it is placed) and the dialog. */
export type BulkOperationsComponent = <TRow extends { id: string }, TFilter>(props: BulkOperationsProps<TRow, TFilter>) => ReactNode;

/** The bulk bar's buttons, each opening the dialog on the selection. */
export function bulkOperationActions<TRow, TFilter>(open: (request: BulkOperationRequest<TRow, TFilter>) => void) {
  return [
    { label: 'Send email', onClick: (target: BulkTarget<TRow, TFilter>) => open({ kind: 'email', target }) },
    { label: 'Change plan', onClick: (target: BulkTarget<TRow, TFilter>) => open({ kind: 'plan', target }) },
    { label: 'Change state', onClick: (target: BulkTarget<TRow, TFilter>) => open({ kind: 'state', target }) },
  ];
}
