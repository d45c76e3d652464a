import { useRef, useState } from 'react';

/**
 * What every bulk mutation of the API takes: rows by id, or every row a filter matches but the
 * excluded ones (the table's "select all matching" with rows unticked since).
 */
export type BulkInput<TFilter> = { ids: string[] } | { filter: TFilter; exceptIds: string[] };

/** A bulk action's target as the listing built it: the input, and what the page needs to word it. */
export interface BulkTarget<TRow, TFilter> {
  input: BulkInput<TFilter>;
  /** How many rows that is, as the listing counted. */
  count: number;
  /** The rows named by id (empty for a filter): to name the one row a confirmation is about. */
  rows: TRow[];
  /** The table's selection (cleared once an action on it ran), not rows named by a row's own action. */
  fromSelection: boolean;
}

export interface BulkProgress {
  /** Rows processed, succeeded or failed. */
  done: number;
  total: number;
}

export interface BulkRunControl {
  /** Aborted when the user stops the run: process no further row. */
  signal: AbortSignal;
  progress: (progress: BulkProgress) => void;
}

export interface BulkOutcome {
  succeeded: number;
  /** One message per row that failed (its userErrors): one bad row never blocks the others. */
  failures: string[];
  /** What ended the run early (the network, the server), after `succeeded` rows were done. */
  error?: unknown;
}

/**
 * A page's bulk action: one mutation taking either input shape. Until the API has a bulk form of
 * a mutation, a page passes a function that sends one mutation per row (see access tokens).
 */
export type BulkMutation<TFilter> = (input: BulkInput<TFilter>, control: BulkRunControl) => Promise<BulkOutcome>;

export interface BulkRunResult extends BulkOutcome {
  /** The user stopped the run before the end. */
  stopped: boolean;
}

export interface BulkRunner<TRow, TFilter> {
  /** Runs a bulk mutation on a target; rejects when the mutation does. */
  run: (mutation: BulkMutation<TFilter>, target: BulkTarget<TRow, TFilter>) => Promise<BulkRunResult>;
  /** The run in flight, or null. */
  progress: BulkProgress | null;
  /** Stops the run in flight: it finishes the row it is on and processes no further one. */
  stop: () => void;
}

/** One bulk run at a time per listing; `afterRun` follows any run that changed a row, even one stopped or failed. */
export function useBulkRunner<TRow, TFilter>(afterRun: (target: BulkTarget<TRow, TFilter>) => void): BulkRunner<TRow, TFilter> {
  const [progress, setProgress] = useState<BulkProgress | null>(null);
  const running = useRef<AbortController | null>(null);

  const run: BulkRunner<TRow, TFilter>['run'] = async (mutation, target) => {
    const controller = new AbortController();
    running.current = controller;
    let processed = 0;
    setProgress({ done: 0, total: target.count });
    try {
      const outcome = await mutation(target.input, {
        signal: controller.signal,
        progress: (next) => {
          processed = next.done;
          setProgress(next);
        },
      });
      processed = Math.max(processed, outcome.succeeded + outcome.failures.length);
      return { ...outcome, stopped: controller.signal.aborted };
    } finally {
      if (running.current === controller) running.current = null;
      setProgress(null);
      if (processed > 0) afterRun(target);
    }
  };

  return { run, progress, stop: () => running.current?.abort() };
}
