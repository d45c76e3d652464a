import { InMemoryCache, type FieldPolicy, type TypePolicies } from '@apollo/client';

/**
 * Listings page through Relay connections one page at a time (the DataTable shows a page, not an
 * infinite list), so every combination of filter, order and cursor window is its own cache entry.
 * Naming the key arguments explicitly keeps unrelated arguments from splitting entries later.
 */
function connectionPage(...extraKeyArgs: string[]): FieldPolicy {
  return { keyArgs: ['first', 'after', 'last', 'before', 'filter', 'orderBy', ...extraKeyArgs] };
}

/** Every field returning a `*Connection` needs a policy here; `apollo-cache.test.ts` checks the schema. */
export const typePolicies: TypePolicies = {
  Query: {
    fields: {
      tenants: connectionPage(),
      accessTokens: connectionPage(),
    },
  },
  Tenant: {
    fields: {
      users: connectionPage(),
    },
  },
};

export function createApolloCache(): InMemoryCache {
  return new InMemoryCache({
    typePolicies,
    possibleTypes: {
      Node: ['Tenant', 'User', 'AccessToken'],
      UserError: ['AuthUserError', 'TenantUserError', 'AccessTokenUserError'],
    },
  });
}
