import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { deliveryStatuses } from './webhook-labels';

/** The delivery log's URL state: the shared list params, the statuses to show and an event or event kind. */
export interface WebhooksSearch extends ListSearch {
  /** Empty or absent: every status. */
  statuses?: WebhookDeliveryStatus[];
  /** An event kind (`account`) or one event (`account.created`), as the API's filter takes it. */
  event?: string;
}

const EVENT = /^[a-z_]{1,40}(\.[a-z_]{1,40})?$/;

function parseStatuses(raw: unknown): WebhookDeliveryStatus[] | undefined {
  // The router writes arrays as JSON (`["FAILED"]`); a hand-typed `FAILED,PENDING` works too.
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  // Canonical order and no duplicates, so the same filter is one URL (and one cache entry).
  const statuses = deliveryStatuses.filter((status) => values.includes(status));
  return statuses.length > 0 ? statuses : undefined;
}

export function validateWebhooksSearch(raw: Record<string, unknown>): WebhooksSearch {
  const event = raw['event'];
  return {
    ...validateListSearch(raw),
    // The log has no free-text search: the API filters deliveries by status, event and time only.
    q: undefined,
    statuses: parseStatuses(raw['statuses']),
    event: typeof event === 'string' && EVENT.test(event) ? event : undefined,
  };
}
