import type { ServiceSubscriptionState } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { applicationStates } from './application-labels';
import { globalId, parseStates } from './applications-search';

/** The subscriptions listing's URL state: the shared list params, states and a product. */
export interface SubscriptionsSearch extends ListSearch {
  /** Empty or absent: every state. */
  states?: ServiceSubscriptionState[];
  /** A product's global ID. */
  product?: string;
}

export function validateSubscriptionsSearch(raw: Record<string, unknown>): SubscriptionsSearch {
  // No free-text search: the API filters subscriptions by account, product, plan and state only.
  const { q: _q, ...list } = validateListSearch(raw);
  return { ...list, states: parseStates<ServiceSubscriptionState>(raw['states'], applicationStates), product: globalId(raw['product']) };
}
