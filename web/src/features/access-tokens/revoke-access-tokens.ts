import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AccessTokenFilter } from '../../gql/graphql';
import type { BulkMutation } from '../../components/ui/data-table/bulk-action';
import { bulkMutation } from '../../lib/bulk-mutation';

const RevokeAccessTokensMutation = graphql(`
  mutation RevokeAccessTokens($input: RevokeAccessTokensInput!) {
    revokeAccessTokens(input: $input) {
      results {
        id
        status
        error {
          field
          message
          code
        }
      }
      job {
        id
        ...JobForProgress
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/**
 * Only an active token can be revoked: the filter narrowed to active tokens, or null when it
 * matches none (a filter on revoked or expired tokens only).
 */
export function revocableFilter(filter: AccessTokenFilter): AccessTokenFilter | null {
  if (filter.states?.length && !filter.states.includes('ACTIVE')) return null;
  return { ...filter, states: ['ACTIVE'] };
}

/**
 * Revokes tokens with `revokeAccessTokens`: picked tokens by id, in chunks the API accepts; or
 * every token a filter matches but the excepted ones, as one job on the server, followed to its end.
 * The listing (the bulk runner) refreshes the rows afterwards.
 */
export function useRevokeAccessTokens(): BulkMutation<AccessTokenFilter> {
  const client = useApolloClient();
  const revoke = async (input: { ids: string[] } | { filter: AccessTokenFilter; exceptIds: string[] }) => {
    const { data } = await client.mutate({ mutation: RevokeAccessTokensMutation, variables: { input } });
    return data?.revokeAccessTokens;
  };
  return bulkMutation(client, {
    byIds: (ids) => revoke({ ids }),
    // The page narrows the filter with revocableFilter already: the job's other tokens would only fail.
    byFilter: (filter, exceptIds) => revoke({ filter, exceptIds }),
  });
}
