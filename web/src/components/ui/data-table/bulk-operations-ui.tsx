import { useState } from 'react';
import { BulkOperationModal, type BulkOperationModalProps } from './bulk-operation-modal';
import type { BulkOperationResult } from './bulk-operations';
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
