import type { ReactNode } from 'react';
import { useTable } from '@tanstack/react-table';
import { Group, Stack } from '@mantine/core';
import { BulkBar, SelectAllMatchingBanner, type BulkAction } from './bulk-bar';
import { CsvExportButton } from './csv-export';
import { dataTableFeatures, type DataTableColumns, type DataTableRow } from './data-table-columns';
import { ListingTable, type RowAction } from './listing-table';
import { PaginationBar } from './pagination';
import { SearchFilter } from './search-filter';
import type { ListSearch } from './list-search';
import type { Listing } from './use-listing';

export interface DataTableProps<TRow extends DataTableRow, TFilter> {
  /** The listing's state, from `useConnectionListing`. */
  listing: Listing<TRow, TFilter, ListSearch>;
  /** Accessible name of the table, e.g. "Access tokens". */
  label: string;
  /** Names a row for assistive technology, e.g. its checkbox "Select Deploy script": a label column's value. */
  rowLabel: (row: TRow) => string;
  columns: DataTableColumns<TRow>;
  /** Label of the free-text search (the `q` param), e.g. "Search tokens"; none without it. */
  searchLabel?: string;
  /** The listing's other filters, next to the search. */
  filters?: ReactNode;
  /** Buttons in each row's last cell. */
  rowActions?: RowAction<TRow>[];
  /**
   * A click anywhere on a row but its controls (checkbox, buttons, links), e.g. to open the row in a
   * modal. A mouse convenience: the row must also offer a button or link doing the same, for the keyboard.
   */
  onRowClick?: (row: TRow) => void;
  /** Buttons on the selection; rows get checkboxes when there are any. */
  bulkActions?: BulkAction<TRow, TFilter>[];
  /** File name stem of the CSV export of every matching row, e.g. `access-tokens`; no export without it. */
  csv?: string;
  /** What an empty listing says, e.g. "No access tokens yet." */
  emptyState?: ReactNode;
  /** What it says when filters match nothing, e.g. "No token matches the filter." */
  noMatchState?: ReactNode;
  /** False for a list the API returns whole (`useStaticListing`): no page size or page moves below. */
  paginated?: boolean;
}

const NO_ROWS: never[] = [];

/**
 * Every listing's table: filters and CSV export above, selection and bulk actions, sortable headers,
 * loading, empty and error states, and server pagination below.
 */
export function DataTable<TRow extends DataTableRow, TFilter>(props: DataTableProps<TRow, TFilter>) {
  const { listing, columns, bulkActions = [] } = props;
  const table = useTable({ features: dataTableFeatures, columns, data: listing.rows ?? NO_ROWS, getRowId: (row) => row.id });
  const selectable = bulkActions.length > 0;
  const fetchPage = props.csv ? listing.fetchPage : undefined;

  return (
    <Stack gap="sm">
      {(props.searchLabel || props.filters || fetchPage) && (
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">
            {props.searchLabel && (
              <SearchFilter label={props.searchLabel} value={listing.search.q} onChange={(q) => listing.setFilters({ q })} />
            )}
            {props.filters}
          </Group>
          {props.csv && fetchPage && (
            <CsvExportButton
              name={props.csv}
              columns={table.getAllLeafColumns()}
              fetchPage={fetchPage}
              totalCount={listing.totalCount}
              disabled={!listing.rows?.length}
            />
          )}
        </Group>
      )}

      {selectable && listing.bulk.selected && (
        <BulkBar target={listing.bulk.selected} actions={bulkActions} onClear={listing.selection.clear} />
      )}
      {selectable && <SelectAllMatchingBanner selection={listing.selection} />}

      <ListingTable
        listing={listing}
        table={table}
        label={props.label}
        rowLabel={props.rowLabel}
        selectable={selectable}
        rowActions={props.rowActions}
        onRowClick={props.onRowClick}
        emptyState={props.emptyState}
        noMatchState={props.noMatchState}
      />

      {props.paginated !== false && <PaginationBar pagination={listing.pagination} totalCount={listing.totalCount} />}
    </Stack>
  );
}
