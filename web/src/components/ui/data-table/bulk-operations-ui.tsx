import { useState } from 'react';
import { useApolloClient } from '@apollo/client/react';
import type { BulkRunner } from './bulk-action';
import type { BulkAction } from './bulk-bar';
import { BulkOperationModal, type BulkOperationModalProps } from './bulk-operation-modal';
import { bulkOperationActions, type BulkOperationRequest, type BulkOperationResult, type BulkOperationsConfig } from './bulk-operations';
import { BulkResultPanel } from './bulk-result-panel';

export type BulkOperationsProps<TRow extends { id: string }, TFilter> = Omit<BulkOperationModalProps<TRow, TFilter>, 'onFinished'> & {
  /** After a run that changed rows (the listing refreshes itself): e.g. to forget cached detail pages. */
  onFinished?: () => void;
};

/**
 * A listing's bulk operations, placed above its table: the dialog for the bulk bar's Send email,
 * Change plan and Change state, and the result of the last run until dismissed.
 */
export function BulkOperations<TRow extends { id: string }, TFilter>({ onFinished, ...props }: BulkOperationsProps<TRow, TFilter>) {
  const [result, setResult] = useState<BulkOperationResult | null>(null);
  return (
    <>
      {result && <BulkResultPanel result={result} onDismiss={() => setResult(null)} />}
      <BulkOperationModal
        {...props}
        onFinished={(next) => {
          setResult(next);
          onFinished?.();
        }}
      />
    </>
  );
}

interface UseBulkOperationsOptions<TRow extends { id: string }, TFilter> {
  /** The listing's bulk runner (`listing.bulk`). */
  runner: BulkRunner<TRow, TFilter>;
  config: BulkOperationsConfig<TFilter>;
  rowLabel: (row: TRow) => string;
  /**
   * The root query field of the pages that show the rows (`account`, `application`): dropped from the
   * cache after a run that changed rows, so such a page cached before the run loads again when opened.
   */
  detailField: string;
}

/**
 * A listing's bulk operations wired together: the bulk bar's buttons (`actions`, the DataTable's
 * `bulkActions`) open the dialog (`dialog`, the props of `<BulkOperations>` above the table).
 */
export function useBulkOperations<TRow extends { id: string }, TFilter>({ runner, config, rowLabel, detailField }: UseBulkOperationsOptions<TRow, TFilter>): {
  actions: BulkAction<TRow, TFilter>[];
  dialog: BulkOperationsProps<TRow, TFilter>;
} {
  const [request, setRequest] = useState<BulkOperationRequest<TRow, TFilter> | null>(null);
  const client = useApolloClient();
  return {
    actions: bulkOperationActions(setRequest),
    dialog: {
      request,
      runner,
      config,
      rowLabel,
      onClose: () => setRequest(null),
      onFinished: () => {
        client.cache.evict({ id: 'ROOT_QUERY', fieldName: detailField });
        client.cache.gc();
      },
    },
  };
}
