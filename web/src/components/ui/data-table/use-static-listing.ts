import type { DataTableRow } from './data-table-columns';
import type { ListSearch } from './list-search';
import { useListing, type Listing } from './use-listing';

interface StaticListingOptions<TRow> {
  /** The whole list, as loaded; undefined until the first load. */
  rows: TRow[] | undefined;
  loading: boolean;
  error?: unknown;
  retry: () => void;
}

const NO_SEARCH: ListSearch = {};
const ONE_PAGE = { hasNextPage: false, hasPreviousPage: false };
const ignore = () => {};

/**
 * A listing of a short list the API returns whole rather than as a connection (a product's few
 * service tokens): one page, no URL state, no sorting, filters or selection. Give `DataTable`
 * `paginated={false}` with it: there is no other page to move to.
 */
export function useStaticListing<TRow extends DataTableRow>({ rows, loading, error, retry }: StaticListingOptions<TRow>): Listing<TRow, null, ListSearch> {
  return useListing<TRow, null, ListSearch>({
    page: { rows, totalCount: rows?.length, pageInfo: ONE_PAGE, loading, error },
    search: NO_SEARCH,
    onSearchChange: ignore,
    filter: null,
    retry,
    refresh: retry,
  });
}
