import type { DataTableRow } from './data-table-columns';
import { useBulkRunner, type BulkRunner, type BulkTarget } from './bulk-action';
import {
  DEFAULT_PAGE_SIZE,
  formatSort,
  hasFilters,
  parseSort,
  selectionScope,
  type ListSearch,
  type SortDirection,
  type SortState,
} from './list-search';
import { adjacentPageCursors, type ListingPagination, type PageInfoLike } from './pagination';
import { useRowSelection, type RowSelection } from './row-selection';

/** What a listing page gets from its route: the URL state and how to change it. */
export interface ListingPageProps<TSearch extends ListSearch> {
  search: TSearch;
  onSearchChange: (next: TSearch) => void;
}

/** One page of a Relay connection, as the CSV export walks it. */
export interface ConnectionPage<TRow> {
  rows: TRow[];
  totalCount?: number;
  hasNextPage: boolean;
  endCursor?: string | null;
}

/** A page of every row the filter and order match, after the cursor (null for the first). */
export type FetchConnectionPage<TRow> = (after: string | null) => Promise<ConnectionPage<TRow>>;

export interface ListingOptions<TRow extends DataTableRow, TFilter, TSearch extends ListSearch> {
  /** The page the URL points at, as loaded. `rows` is undefined until the first load. */
  page: {
    rows: TRow[] | undefined;
    totalCount: number | undefined;
    pageInfo: PageInfoLike | undefined;
    loading: boolean;
    error?: unknown;
  };
  /** The listing's URL state and how to change it (the route's search params). */
  search: TSearch;
  onSearchChange: (next: TSearch) => void;
  /** Column id → order field, for the columns the server can sort on. */
  sortFields?: Record<string, string>;
  /** The API filter the search stands for: a bulk action on "all matching" runs on it. */
  filter: TFilter;
  /**
   * The rows a bulk action can apply to, when not every row: the check per row, the filter narrowed
   * to them (null when it matches none) and how many rows that filter matches.
   */
  selectable?: { row: (row: TRow) => boolean; filter: TFilter | null; count: number };
  retry: () => void;
  /** Fetches the listing and its counts again after a bulk action changed rows. */
  refresh: () => void;
  /** Pages through every matching row for the CSV export. */
  fetchPage?: FetchConnectionPage<TRow>;
}

export interface Listing<TRow extends DataTableRow, TFilter, TSearch extends ListSearch> {
  rows: TRow[] | undefined;
  totalCount: number | undefined;
  loading: boolean;
  error?: unknown;
  retry: () => void;
  search: TSearch;
  /** Sets filters from the page's toolbar; a new filter starts again from the first page. */
  setFilters: (filters: Partial<Omit<TSearch, keyof ListSearch>> & Pick<ListSearch, 'q'>) => void;
  /** Some filter narrows the listing: an empty result means "no match", not "nothing yet". */
  filtered: boolean;
  filter: TFilter;
  sort: {
    /** The direction a column is sorted in, if it is the sort column. */
    direction: (columnId: string) => SortDirection | undefined;
    sortable: (columnId: string) => boolean;
    /** Cycles a sortable column ASC → DESC → unsorted, from the first page. */
    toggle: (columnId: string) => void;
  };
  pagination: ListingPagination;
  selection: RowSelection<TRow>;
  bulk: BulkRunner<TRow, TFilter> & {
    /** The selection as a bulk target, when anything is selected. */
    selected: BulkTarget<TRow, TFilter> | undefined;
    /** Rows named by id as a bulk target: a row's own action on it. */
    rowsTarget: (rows: TRow[]) => BulkTarget<TRow, TFilter>;
  };
  fetchPage?: FetchConnectionPage<TRow>;
}

const NO_ROWS: never[] = [];
const ANY_ROW = () => true;

function nextSort(current: SortState | undefined, field: string): SortState | undefined {
  if (current?.field !== field) return { field, direction: 'ASC' };
  return current.direction === 'ASC' ? { field, direction: 'DESC' } : undefined;
}

/**
 * The state of a listing page, whatever loads it: URL state (filters, order, page size, cursor),
 * selection across pages, bulk targets and runs. `useConnectionListing` feeds it a GraphQL connection.
 */
export function useListing<TRow extends DataTableRow, TFilter, TSearch extends ListSearch>(
  options: ListingOptions<TRow, TFilter, TSearch>,
): Listing<TRow, TFilter, TSearch> {
  const { page, search, onSearchChange, filter, selectable } = options;
  const sortFields = options.sortFields ?? {};
  const rows = page.rows ?? NO_ROWS;
  const sort = parseSort(search.sort, Object.values(sortFields));
  // Every change but a move between pages starts again from the first page.
  const fromFirstPage = (next: Partial<TSearch>) =>
    onSearchChange({ ...search, ...next, after: undefined, before: undefined });

  const selection = useRowSelection({
    rows,
    scope: selectionScope(search),
    canSelect: selectable?.row ?? ANY_ROW,
    matchingCount: selectable ? selectable.count : (page.totalCount ?? 0),
  });
  const runner = useBulkRunner<TRow, TFilter>((target) => {
    if (target.fromSelection) selection.clear();
    options.refresh();
  });
  const rowsTarget = (named: TRow[]): BulkTarget<TRow, TFilter> => ({
    input: { ids: named.map((row) => row.id) },
    count: named.length,
    rows: named,
    fromSelection: false,
  });
  const selected: BulkTarget<TRow, TFilter> | undefined =
    selection.mode === 'all'
      ? {
          // The filter narrowed to the rows the action applies to: "all matching" means those.
          input: { filter: selectable ? (selectable.filter ?? filter) : filter, exceptIds: selection.excludedIds },
          count: selection.count,
          rows: [],
          fromSelection: true,
        }
      : selection.rows.length > 0
        ? { ...rowsTarget(selection.rows), fromSelection: true }
        : undefined;

  const cursors = adjacentPageCursors(search, page.pageInfo, page.rows);
  const pagination: ListingPagination = {
    pageSize: search.size ?? DEFAULT_PAGE_SIZE,
    setPageSize: (size) => fromFirstPage({ size } as Partial<TSearch>),
    previous: cursors.previous ? () => onSearchChange({ ...search, after: undefined, before: cursors.previous }) : undefined,
    next: cursors.next ? () => onSearchChange({ ...search, before: undefined, after: cursors.next }) : undefined,
    pastFirstPage: Boolean(search.after || search.before),
    firstPage: () => fromFirstPage({}),
  };

  return {
    rows: page.rows,
    totalCount: page.totalCount,
    loading: page.loading,
    error: page.error,
    retry: options.retry,
    search,
    setFilters: (filters) => fromFirstPage(filters as Partial<TSearch>),
    filtered: hasFilters(search),
    filter,
    sort: {
      direction: (columnId) => {
        const field = sortFields[columnId];
        return field && sort?.field === field ? sort.direction : undefined;
      },
      sortable: (columnId) => columnId in sortFields,
      toggle: (columnId) => {
        const field = sortFields[columnId];
        if (field) fromFirstPage({ sort: formatSort(nextSort(sort, field)) } as Partial<TSearch>);
      },
    },
    pagination,
    selection,
    bulk: { ...runner, selected, rowsTarget },
    fetchPage: options.fetchPage,
  };
}
