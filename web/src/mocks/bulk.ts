import { MAX_BULK_IDS, MAX_EXCEPT_IDS } from '@gatehouse/schema/bulk';
import type { JobFixture } from '../testing/factories';
import { rowIdOf } from './global-id';
import { userError } from './mock-errors';

/**
 * The bulk-action kit (server/src/kit/bulk.ts): a selection by `ids`, answered at once with a
 * result per distinct item (one bad item never blocks the others), or by `filter` minus
 * `exceptIds`, run as a job. The same checks in the same order, with the same codes and messages.
 */
type BulkErrorCode = 'NO_SELECTION' | 'TOO_MANY_IDS' | 'AMBIGUOUS_SELECTION' | 'INVALID_OPERATION';
const bulkError = (code: BulkErrorCode, message: string, field: string) => userError('BulkUserError', code, message, ['input', field]);

/**
 * The payload of a bulk action refused as a whole because its operation's parameters are wrong
 * (the server's `invalidOperation`): checked before the selection, nothing is done.
 */
export function invalidOperation(message: string, field: string[]) {
  return { results: [], job: null, userErrors: [userError('BulkUserError', 'INVALID_OPERATION' as BulkErrorCode, message, field)] };
}

/** An item's failure, in the module's own user-error shape. */
export type ItemOutcome<E> = { ok: true } | { ok: false; error: E };

export interface BulkSelection<F> {
  ids?: readonly string[] | null;
  filter?: F | null;
  exceptIds?: readonly string[] | null;
}

export function runBulkAction<F, E, R extends string>(
  input: BulkSelection<F>,
  action: {
    /** `<Action>ItemResult`. */
    resultTypename: R;
    /** The type of the items' global IDs, to read the excepted ones. */
    itemType: string;
    apply: (globalId: string) => ItemOutcome<E>;
    /** The listing's check of its filter (BAD_USER_INPUT): a filter it refuses is refused now, not in the job. */
    assertFilter: (filter: F) => void;
    /** Enqueues the action's job over the filter minus the excepted row keys. */
    enqueue: (params: { filter: F; exceptIds: string[] }) => JobFixture;
  },
) {
  const refuse = (code: BulkErrorCode, message: string, field: string) => ({
    results: [],
    job: null,
    userErrors: [bulkError(code, message, field)],
  });
  const hasIds = input.ids !== undefined && input.ids !== null;
  const hasFilter = input.filter !== undefined && input.filter !== null;
  if (hasIds && (hasFilter || input.exceptIds)) return refuse('AMBIGUOUS_SELECTION', 'Give either `ids`, or `filter` with `exceptIds`.', 'ids');
  if (!hasFilter && input.exceptIds) return refuse('AMBIGUOUS_SELECTION', '`exceptIds` goes with `filter`.', 'exceptIds');
  if (!hasIds && !hasFilter) return refuse('NO_SELECTION', 'Select items by `ids` or by `filter`.', 'ids');
  if (hasIds) return { ...runBulk(input.ids!, action.resultTypename, action.apply), job: null };
  action.assertFilter(input.filter!);
  const excepted = [...new Set(input.exceptIds ?? [])];
  if (excepted.length > MAX_EXCEPT_IDS) return refuse('TOO_MANY_IDS', `Leave out at most ${MAX_EXCEPT_IDS} items.`, 'exceptIds');
  // An ID of another type, or of nothing, cannot match the filter: leaving it out changes nothing.
  const exceptIds = excepted.map((id) => rowIdOf(id, action.itemType)).filter((id): id is string => id !== null);
  return { results: [], job: action.enqueue({ filter: input.filter!, exceptIds }), userErrors: [] };
}

/** Each distinct item in the given order; an item's apply changes nothing when it refuses. */
function runBulk<E, R extends string>(ids: readonly string[], resultTypename: R, apply: (globalId: string) => ItemOutcome<E>) {
  const distinct = [...new Set(ids)];
  if (distinct.length === 0) return { results: [], userErrors: [bulkError('NO_SELECTION', 'Select at least one item.', 'ids')] };
  if (distinct.length > MAX_BULK_IDS) {
    return { results: [], userErrors: [bulkError('TOO_MANY_IDS', `Select at most ${MAX_BULK_IDS} items at a time.`, 'ids')] };
  }
  const results = distinct.map((id) => {
    const outcome = apply(id);
    return outcome.ok
      ? { __typename: resultTypename, id, status: 'DONE' as const, error: null }
      : { __typename: resultTypename, id, status: 'FAILED' as const, error: outcome.error };
  });
  return { results, userErrors: [] };
}
