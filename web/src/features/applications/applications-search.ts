import type { ApplicationState } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { applicationStates } from './application-labels';

/**
 * The applications listing's URL state: the shared list params (`q` matches a name, or exactly a
 * user key, app ID or client ID), states, a product, paid or free, and an account (from its page).
 */
export interface ApplicationsSearch extends ListSearch {
  /** Empty or absent: every state. */
  states?: ApplicationState[];
  /** A product's global ID. */
  product?: string;
  /** True: on plans that cost something; false: free ones; absent: both. */
  paid?: boolean;
  /** A developer account's global ID. */
  account?: string;
}

/** Global IDs are base64url; anything else names nothing. */
const GLOBAL_ID = /^[A-Za-z0-9_-]{1,200}={0,2}$/;

export const globalId = (raw: unknown) => (typeof raw === 'string' && GLOBAL_ID.test(raw) ? raw : undefined);

export function parseStates<S extends string>(raw: unknown, all: readonly S[]): S[] | undefined {
  // The router writes arrays as JSON (`["LIVE"]`); a hand-typed `LIVE,PENDING` works too.
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  // Canonical order and no duplicates, so the same filter is one URL (and one cache entry).
  const states = all.filter((state) => values.includes(state));
  return states.length > 0 ? states : undefined;
}

/** The router parses `paid=true` as a boolean; a hand-typed `paid=yes` or `"false"` works too. */
function parsePaid(raw: unknown): boolean | undefined {
  if (raw === true || raw === 'true' || raw === 'yes') return true;
  if (raw === false || raw === 'false' || raw === 'no') return false;
  return undefined;
}

export function validateApplicationsSearch(raw: Record<string, unknown>): ApplicationsSearch {
  return {
    ...validateListSearch(raw),
    states: parseStates(raw['states'], applicationStates),
    product: globalId(raw['product']),
    paid: parsePaid(raw['paid']),
    account: globalId(raw['account']),
  };
}
