import { useApolloClient, useQuery } from '@apollo/client/react';
import type { OperationVariables, TypedDocumentNode } from '@apollo/client';
import type { DataTableRow } from './data-table-columns';
import { connectionArgs, parseSort, type ListSearch, type SortDirection } from './list-search';
import type { PageInfoLike } from './pagination';
import { useListing, type FetchConnectionPage, type Listing } from './use-listing';
import { MAX_PAGE_SIZE } from '@gatehouse/schema/pagination';

/** The largest page the API serves: the fewest round trips for a full export. */
export const FULL_LIST_PAGE_SIZE = MAX_PAGE_SIZE;

interface Connection<TRow> {
  totalCount: number;
  pageInfo: PageInfoLike;
  nodes: TRow[];
}

/**
 * The variables every listing query declares: the Relay window, `filter` and `orderBy`, as the
 * API's connections take them.
 */
type ListingVariables = OperationVariables & {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
  filter?: unknown;
  orderBy?: { field: string; direction: SortDirection } | null;
};

type FilterOf<TVariables extends ListingVariables> = NonNullable<TVariables['filter']>;
type OrderFieldOf<TVariables extends ListingVariables> = NonNullable<TVariables['orderBy']>['field'];
/** The root fields of a query's data that are connections. */
type ConnectionField<TData> = {
  [K in keyof TData]-?: NonNullable<TData[K]> extends Connection<DataTableRow> ? K : never;
}[keyof TData];
type RowOf<TData, TField extends keyof TData> = NonNullable<TData[TField]> extends Connection<infer TRow> ? TRow : never;

export interface ConnectionListingOptions<
  TData,
  TVariables extends ListingVariables,
  TField extends ConnectionField<TData>,
  TSearch extends ListSearch,
> {
  /** The listing's query: `$first $after $last $before $filter $orderBy` into one connection. */
  query: TypedDocumentNode<TData, TVariables>;
  /** The query's connection field (its name, not an alias): read, exported and refreshed. */
  connection: TField;
  /** The route's search params, and how to change them. */
  search: TSearch;
  onSearchChange: (next: TSearch) => void;
  /** The API filter for the URL's filters. */
  filter: (search: TSearch) => FilterOf<TVariables>;
  /** Column id → the order field that column sorts by. */
  sortFields?: Record<string, OrderFieldOf<TVariables>>;
  /**
   * When a bulk action applies to some rows only: the check per row (others get no checkbox), and
   * the filter narrowed to those rows (null when it matches none), for "select all matching".
   */
  selectable?: {
    row: (row: RowOf<TData, TField>) => boolean;
    filter: (filter: FilterOf<TVariables>) => FilterOf<TVariables> | null;
  };
}

/**
 * A listing page backed by a Relay connection: runs the query for the page the URL points at, counts
 * what "select all matching" selects, pages through everything for the CSV export, and refreshes
 * after bulk actions. The page declares its columns, filters and actions on `DataTable`.
 */
export function useConnectionListing<
  TData,
  TVariables extends ListingVariables,
  TField extends ConnectionField<TData>,
  TSearch extends ListSearch,
>(
  options: ConnectionListingOptions<TData, TVariables, TField, TSearch>,
): Listing<RowOf<TData, TField> & DataTableRow, FilterOf<TVariables>, TSearch> {
  type Row = RowOf<TData, TField> & DataTableRow;
  const { query, search, selectable } = options;
  const field = options.connection;
  const connectionOf = (data: TData | undefined) => data?.[field] as Connection<Row> | null | undefined;
  // The query's variables are the listing's by contract (see ListingVariables); TypeScript cannot
  // follow a generic TVariables through the spread.
  const variablesOf = (variables: ListingVariables) => variables as TVariables;

  const filter = options.filter(search);
  const orderBy = parseSort(search.sort, Object.values(options.sortFields ?? {})) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(query, {
    variables: variablesOf({ ...connectionArgs(search), filter, orderBy }),
    notifyOnNetworkStatusChange: true,
  });
  const connection = connectionOf(data ?? previousData);

  // "Select all matching" selects the selectable rows among the matching ones. When they are not all
  // of them, one more count (a page of one) says how many.
  const selectableFilter = selectable ? selectable.filter(filter) : filter;
  const countsItself = JSON.stringify(selectableFilter) === JSON.stringify(filter);
  const selectableCount = useQuery(query, {
    variables: variablesOf({ first: 1, filter: selectableFilter }),
    skip: !selectableFilter || countsItself,
  });
  // Unknown while loading: 0, so "select all" offers no number rather than a wrong one.
  const matchingSelectable =
    (!selectableFilter
      ? 0
      : countsItself
        ? connection?.totalCount
        : connectionOf(selectableCount.data ?? selectableCount.previousData)?.totalCount) ?? 0;

  const client = useApolloClient();
  // Pages bypass the cache, so a large export neither evicts nor bloats the page the table shows.
  const fetchPage: FetchConnectionPage<Row> = async (after) => {
    const result = await client.query({
      query,
      variables: variablesOf({ filter, orderBy, first: FULL_LIST_PAGE_SIZE, after, last: null, before: null }),
      fetchPolicy: 'no-cache',
    });
    const page = connectionOf(result.data);
    if (!page) throw new Error('The server returned no data.');
    return { rows: page.nodes, totalCount: page.totalCount, hasNextPage: page.pageInfo.hasNextPage, endCursor: page.pageInfo.endCursor };
  };

  return useListing<Row, FilterOf<TVariables>, TSearch>({
    page: {
      rows: connection?.nodes,
      totalCount: connection?.totalCount,
      pageInfo: connection?.pageInfo,
      loading,
      error,
    },
    search,
    onSearchChange: options.onSearchChange,
    sortFields: options.sortFields,
    filter,
    selectable: selectable && { row: selectable.row, filter: selectableFilter, count: matchingSelectable },
    retry: () => void refetch(),
    refresh: () => {
      // Changed rows can leave a filtered listing and change every count: drop every cached page
      // and count of the listing; the ones on screen fetch again.
      client.cache.evict({ id: 'ROOT_QUERY', fieldName: String(field) });
      client.cache.gc();
    },
    fetchPage,
  });
}
