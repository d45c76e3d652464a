import type { OutboxStatus } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { outboxStatuses } from './outbox-labels';

/** The outbox listing's URL state: the shared list params (`q` searches recipient and subject) and the statuses to show. */
export interface OutboxSearch extends ListSearch {
  /** Empty or absent: every status. */
  statuses?: OutboxStatus[];
}

function parseStatuses(raw: unknown): OutboxStatus[] | undefined {
  // The router writes arrays as JSON (`["HELD"]`); a hand-typed `HELD,FAILED` works too.
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  // Canonical order and no duplicates, so the same filter is one URL (and one cache entry).
  const statuses = outboxStatuses.filter((status) => values.includes(status));
  return statuses.length > 0 ? statuses : undefined;
}

export function validateOutboxSearch(raw: Record<string, unknown>): OutboxSearch {
  return { ...validateListSearch(raw), statuses: parseStatuses(raw['statuses']) };
}
