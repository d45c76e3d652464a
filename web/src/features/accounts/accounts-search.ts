import type { AccountState } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { accountStates } from './account-labels';

/** The accounts listing's URL state: the shared list params (`q` searches org names, users and applications), states and a plan. */
export interface AccountsSearch extends ListSearch {
  /** Empty or absent: every state. */
  states?: AccountState[];
  /** An account plan's global ID. */
  plan?: string;
}

/** Global IDs are base64url; anything else names no plan. */
const GLOBAL_ID = /^[A-Za-z0-9_-]{1,200}={0,2}$/;

function parseStates(raw: unknown): AccountState[] | undefined {
  // The router writes arrays as JSON (`["PENDING"]`); a hand-typed `PENDING,CREATED` works too.
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  // Canonical order and no duplicates, so the same filter is one URL (and one cache entry).
  const states = accountStates.filter((state) => values.includes(state));
  return states.length > 0 ? states : undefined;
}

export function validateAccountsSearch(raw: Record<string, unknown>): AccountsSearch {
  const plan = raw['plan'];
  return {
    ...validateListSearch(raw),
    states: parseStates(raw['states']),
    plan: typeof plan === 'string' && GLOBAL_ID.test(plan) ? plan : undefined,
  };
}
