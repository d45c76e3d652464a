import { useApolloClient } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { AccessTokenFilter } from '../../gql/graphql';
import type { BulkMutation } from '../../components/ui/data-table/bulk-action';

const RevokeAccessTokenMutation = graphql(`
  mutation RevokeAccessToken($input: RevokeAccessTokenInput!) {
    revokeAccessToken(input: $input) {
      accessToken {
        id
        state
        revokedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const AccessTokenIdsQuery = graphql(`
  query AccessTokenIds($first: Int!, $after: String, $filter: AccessTokenFilter) {
    accessTokens(first: $first, after: $after, filter: $filter) {
      pageInfo {
        hasNextPage
        endCursor
      }
      nodes {
        id
      }
    }
  }
`);

const ID_PAGE_SIZE = 100;

/**
 * Only an active token can be revoked: the filter narrowed to active tokens, or null when it
 * matches none (a filter on revoked or expired tokens only).
 */
export function revocableFilter(filter: AccessTokenFilter): AccessTokenFilter | null {
  if (filter.states?.length && !filter.states.includes('ACTIVE')) return null;
  return { ...filter, states: ['ACTIVE'] };
}

/**
 * Revokes tokens by id, or every token a filter matches but the excepted ones: the input of the
 * API's bulk mutations. The API has no bulk revoke yet, so this sends one `revokeAccessToken` per
 * token (each payload updates its cached row); once `revokeAccessTokens` exists, this becomes that
 * one mutation and the page stays as it is.
 */
export function useRevokeAccessTokens(): BulkMutation<AccessTokenFilter> {
  const client = useApolloClient();

  const idsMatching = async (filter: AccessTokenFilter, exceptIds: string[]): Promise<string[]> => {
    const excepted = new Set(exceptIds);
    const ids: string[] = [];
    let after: string | null | undefined;
    do {
      const { data } = await client.query({
        query: AccessTokenIdsQuery,
        variables: { first: ID_PAGE_SIZE, after, filter },
        fetchPolicy: 'network-only',
      });
      const page = data?.accessTokens;
      if (!page) break;
      ids.push(...page.nodes.map((node) => node.id).filter((id) => !excepted.has(id)));
      after = page.pageInfo.hasNextPage ? page.pageInfo.endCursor : undefined;
    } while (after);
    return ids;
  };

  return async (input, { signal, progress }) => {
    let succeeded = 0;
    const failures: string[] = [];
    try {
      const ids = 'ids' in input ? input.ids : await idsMatching(input.filter, input.exceptIds);
      progress({ done: 0, total: ids.length });
      for (const id of ids) {
        if (signal.aborted) break;
        const { data } = await client.mutate({ mutation: RevokeAccessTokenMutation, variables: { input: { id } } });
        const errors = data?.revokeAccessToken.userErrors ?? [];
        failures.push(...errors.map((e) => e.message));
        if (errors.length === 0) succeeded += 1;
        progress({ done: succeeded + failures.length, total: ids.length });
      }
      return { succeeded, failures };
    } catch (error) {
      return { succeeded, failures, error };
    }
  };
}
