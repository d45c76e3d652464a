import type { PlanChangeRequestState } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { planChangeRequestStates } from './application-labels';
import { globalId, parseStates } from './applications-search';

/** The plan change requests listing's URL state: the shared list params, states and an application. */
export interface PlanChangeRequestsSearch extends ListSearch {
  /** Absent: the pending ones (see `requestStatesOf`). */
  states?: PlanChangeRequestState[];
  /** An application's global ID: only its requests (where its notification leads). */
  application?: string;
}

/** The requests waiting for an admin: the page is their queue until other states are picked. */
const DEFAULT_STATES: readonly PlanChangeRequestState[] = ['PENDING'];

/** The states the listing shows: the URL's, or the pending ones when it names none. */
export function requestStatesOf(search: PlanChangeRequestsSearch): PlanChangeRequestState[] {
  return search.states ?? [...DEFAULT_STATES];
}

/**
 * The state chips' pick as the URL keeps it. The default (pending) is no param, so the plain address
 * is the queue; unpicking every chip means every state, as the chips say elsewhere, and picks them all
 * (no param would be the default again).
 */
export function statesParam(picked: PlanChangeRequestState[] | undefined): PlanChangeRequestState[] | undefined {
  if (!picked) return [...planChangeRequestStates];
  const isDefault = picked.length === DEFAULT_STATES.length && picked.every((state) => DEFAULT_STATES.includes(state));
  return isDefault ? undefined : picked;
}

export function validatePlanChangeRequestsSearch(raw: Record<string, unknown>): PlanChangeRequestsSearch {
  // No free-text search: the API filters requests by state and application only.
  const { q: _q, ...list } = validateListSearch(raw);
  const states = parseStates<PlanChangeRequestState>(raw['states'], planChangeRequestStates);
  // `states=PENDING` by hand is the default: one address for the queue.
  return { ...list, states: states && statesParam(states), application: globalId(raw['application']) };
}
