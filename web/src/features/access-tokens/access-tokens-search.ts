import type { AccessTokenState } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { accessTokenStates } from './access-token-labels';

/** The access tokens listing's URL state: the shared list params plus the token states to show. */
export interface AccessTokensSearch extends ListSearch {
  /** Empty or absent: every state. */
  states?: AccessTokenState[];
}

function parseStates(raw: unknown): AccessTokenState[] | undefined {
  // The router writes arrays as JSON (`["ACTIVE"]`); a hand-typed `ACTIVE,REVOKED` works too.
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  // Canonical order and no duplicates, so the same filter is one URL (and one cache entry).
  const states = accessTokenStates.filter((state) => values.includes(state));
  return states.length > 0 ? states : undefined;
}

export function validateAccessTokensSearch(raw: Record<string, unknown>): AccessTokensSearch {
  return { ...validateListSearch(raw), states: parseStates(raw['states']) };
}
