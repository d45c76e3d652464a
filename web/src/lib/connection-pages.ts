import { useApolloClient } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import { MAX_PAGE_SIZE } from '@gatehouse/schema/pagination';

/** The largest page the API serves: the fewest round trips for a full export. */
export const FULL_LIST_PAGE_SIZE = MAX_PAGE_SIZE;

interface RelayArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

interface Connection<TNode> {
  totalCount: number;
  nodes: TNode[];
  pageInfo: { hasNextPage: boolean; endCursor?: string | null };
}

export interface FullListPage<TNode> {
  rows: TNode[];
  totalCount: number;
  hasNextPage: boolean;
  endCursor?: string | null;
}

/**
 * Pages forwards through a listing's own query with its own filter and order, ignoring the cursor
 * window on screen: what a CSV export of "everything matching" needs. Pages bypass the cache, so a
 * large export neither evicts nor bloats the page the table shows.
 */
export function useFullListPages<TData, TVariables extends OperationVariables & RelayArgs, TNode>(
  query: TypedDocumentNode<TData, TVariables>,
  variables: TVariables,
  connection: (data: TData) => Connection<TNode>,
): (after: string | null) => Promise<FullListPage<TNode>> {
  const client = useApolloClient();
  return async (after) => {
    const { data } = await client.query({
      query,
      variables: { ...variables, first: FULL_LIST_PAGE_SIZE, after, last: null, before: null },
      fetchPolicy: 'no-cache',
    });
    if (!data) throw new Error('The server returned no data.');
    const { nodes, totalCount, pageInfo } = connection(data);
    return { rows: nodes, totalCount, hasNextPage: pageInfo.hasNextPage, endCursor: pageInfo.endCursor };
  };
}
