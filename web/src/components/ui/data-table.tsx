import { useState, type ReactNode } from 'react';
import {
  tableFeatures,
  useTable,
  type CellData,
  type ColumnDef,
  type RowData,
  type TableFeatures,
} from '@tanstack/react-table';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Loader,
  NativeSelect,
  Paper,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
} from '@mantine/core';
import {
  IconAlertTriangle,
  IconChevronDown,
  IconChevronLeft,
  IconChevronRight,
  IconChevronUp,
  IconDownload,
  IconSelector,
} from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import dayjs from 'dayjs';
import Papa from 'papaparse';
import {
  DEFAULT_PAGE_SIZE,
  PAGE_SIZES,
  formatSort,
  parseSort,
  type ListSearch,
  type SortState,
} from './list-search';

/** The table features every listing uses; column helpers are built against it. */
export const dataTableFeatures = tableFeatures({});
export type DataTableFeatures = typeof dataTableFeatures;
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
export type DataTableColumns<TRow extends DataTableRow> = ColumnDef<DataTableFeatures, TRow, any>[];

declare module '@tanstack/react-table' {
  // Type parameters must match the declaration being merged, used or not.
  // eslint-disable-next-line @typescript-eslint/no-unused-vars
  interface ColumnMeta<in out TFeatures extends TableFeatures, in out TData extends RowData, TValue extends CellData = CellData> {
    /**
     * The cell as text in the CSV export, for values whose raw form is not what the table shows
     * (enum labels, "Never" for an empty date). Defaults to the accessor's value.
     */
    csv?: (value: TValue, row: TData) => string | number | boolean | null | undefined;
  }
}

export interface DataTableRow {
  id: string;
}

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * What a bulk action applies to: rows picked by hand (across pages), or every selectable row the
 * filter matches except the ones unticked since (`excludedIds`). `count` is how many that is.
 */
export type DataTableSelection<TRow> =
  | { mode: 'rows'; rows: TRow[]; count: number; clear: () => void }
  | { mode: 'all'; excludedIds: string[]; count: number; clear: () => void };

/** The selection as held, for one filter and order (`scope`). */
type SelectionState<TRow> =
  | { scope: string; mode: 'rows'; rows: Map<string, TRow> }
  | { scope: string; mode: 'all'; excluded: Set<string> };

/** One page of a Relay connection, as the CSV export walks it. */
export interface ConnectionPage<TRow> {
  rows: TRow[];
  totalCount?: number;
  hasNextPage: boolean;
  endCursor?: string | null;
}

export interface DataTableCsv<TRow> {
  /** File name stem: `access-tokens` downloads as `access-tokens-2026-11-23.csv`. */
  name: string;
  /**
   * A page of every row the listing's filter and order match, after the cursor (null for the first);
   * the export calls it until `hasNextPage` is false, so the file is the whole list, not the page shown.
   */
  fetchPage: (after: string | null) => Promise<ConnectionPage<TRow>>;
}

export interface DataTableProps<TRow extends DataTableRow> {
  /** Accessible name of the table, e.g. "Access tokens". */
  label: string;
  /** Names a row for assistive technology, e.g. its checkbox "Select Deploy script": a label column's value. */
  rowLabel: (row: TRow) => string;
  columns: DataTableColumns<TRow>;
  rows: TRow[] | undefined;
  totalCount: number | undefined;
  pageInfo: PageInfoLike | undefined;
  loading: boolean;
  error?: unknown;
  onRetry: () => void;
  search: ListSearch;
  onSearchChange: (next: ListSearch) => void;
  /** Column id → orderBy field for the columns the server can sort on. */
  sortFields?: Record<string, string>;
  /** Filters rendered above the table. */
  toolbar?: ReactNode;
  bulkActions?: (selection: DataTableSelection<TRow>) => ReactNode;
  /** Rows a bulk action cannot apply to get a disabled checkbox. Default: every row. */
  canSelectRow?: (row: TRow) => boolean;
  /**
   * How many of the `totalCount` matching rows `canSelectRow` accepts: what "select all matching"
   * selects. Default: `totalCount`.
   */
  selectableCount?: number;
  csv?: DataTableCsv<TRow>;
  emptyState?: ReactNode;
}

const NO_ROWS: never[] = [];
const ANY_ROW = () => true;

function downloadCsv(filename: string, fields: string[], data: unknown[][]): void {
  // escapeFormulae: a cell such as `=HYPERLINK(...)` (a token name is user input) is not run by Excel.
  const blob = new Blob([Papa.unparse({ fields, data }, { escapeFormulae: true })], { type: 'text/csv;charset=utf-8' });
  if (typeof URL.createObjectURL !== 'function') return;
  const url = URL.createObjectURL(blob);
  const anchor = document.createElement('a');
  anchor.href = url;
  anchor.download = filename;
  anchor.click();
  URL.revokeObjectURL(url);
}

function csvCell(value: unknown): string | number | boolean {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(csvCell).join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

interface ExportProgress {
  fetched: number;
  total?: number;
}

function nextSort(current: SortState | undefined, field: string): SortState | undefined {
  if (current?.field !== field) return { field, direction: 'ASC' };
  return current.direction === 'ASC' ? { field, direction: 'DESC' } : undefined;
}

export function DataTable<TRow extends DataTableRow>(props: DataTableProps<TRow>) {
  const { label, columns, rows, totalCount, pageInfo, loading, error, search, onSearchChange } = props;
  const sortFields = props.sortFields ?? {};
  const data = rows ?? NO_ROWS;
  const table = useTable({ features: dataTableFeatures, columns, data, getRowId: (row) => row.id });

  // Selection survives paging but not a change of filter or order (it would point at other rows).
  // Feature filters extend the search (e.g. token states), so the scope is everything but the window.
  const { after: _after, before: _before, size: _size, ...filterAndOrder } = search;
  const selectionScope = JSON.stringify(filterAndOrder);
  const emptySelection = (): SelectionState<TRow> => ({ scope: selectionScope, mode: 'rows', rows: new Map() });
  const [selection, setSelection] = useState<SelectionState<TRow>>(emptySelection);
  const current = selection.scope === selectionScope ? selection : emptySelection();
  const clear = () => setSelection(emptySelection());

  const selectable = Boolean(props.bulkActions);
  const canSelectRow = props.canSelectRow ?? ANY_ROW;
  const selectableOnPage = data.filter(canSelectRow);
  const isSelected = (id: string) => (current.mode === 'all' ? !current.excluded.has(id) : current.rows.has(id));
  const selectedOnPage = selectableOnPage.filter((r) => isSelected(r.id)).length;
  const allOnPage = selectableOnPage.length > 0 && selectedOnPage === selectableOnPage.length;
  const allMatchingCount = props.selectableCount ?? totalCount ?? 0;
  // Rows picked by hand, as this page now shows them (a row can have changed, e.g. been revoked, since).
  const onPage = new Map(data.map((r) => [r.id, r]));
  const pickedRows =
    current.mode === 'rows' ? [...current.rows.values()].map((r) => onPage.get(r.id) ?? r).filter(canSelectRow) : [];
  const selectedCount =
    current.mode === 'all' ? Math.max(0, allMatchingCount - current.excluded.size) : pickedRows.length;

  const toggleRow = (row: TRow) => {
    if (current.mode === 'all') {
      // Unticking a row out of "all matching" excludes it; the rest stay selected.
      const excluded = new Set(current.excluded);
      if (excluded.has(row.id)) excluded.delete(row.id);
      else excluded.add(row.id);
      if (excluded.size >= allMatchingCount) clear();
      else setSelection({ scope: selectionScope, mode: 'all', excluded });
      return;
    }
    const rows = new Map(current.rows);
    if (rows.has(row.id)) rows.delete(row.id);
    else rows.set(row.id, row);
    setSelection({ scope: selectionScope, mode: 'rows', rows });
  };
  const togglePage = () => {
    if (current.mode === 'all') {
      const excluded = new Set(current.excluded);
      selectableOnPage.forEach((r) => (allOnPage ? excluded.add(r.id) : excluded.delete(r.id)));
      if (excluded.size >= allMatchingCount) clear();
      else setSelection({ scope: selectionScope, mode: 'all', excluded });
      return;
    }
    const rows = new Map(current.rows);
    selectableOnPage.forEach((r) => (allOnPage ? rows.delete(r.id) : rows.set(r.id, r)));
    setSelection({ scope: selectionScope, mode: 'rows', rows });
  };
  const selectAllMatching = () => setSelection({ scope: selectionScope, mode: 'all', excluded: new Set() });

  const bulkSelection: DataTableSelection<TRow> | undefined =
    current.mode === 'all'
      ? { mode: 'all', excludedIds: [...current.excluded], count: selectedCount, clear }
      : pickedRows.length > 0
        ? { mode: 'rows', rows: pickedRows, count: pickedRows.length, clear }
        : undefined;

  const sort = parseSort(search.sort, Object.values(sortFields));
  const pageSize = search.size ?? DEFAULT_PAGE_SIZE;
  const columnCount = columns.length + (selectable ? 1 : 0);
  const showSkeleton = loading && !rows;
  // Relay lets a server answer hasPreviousPage=false while paging forwards (and hasNextPage=false
  // backwards), so the cursor we came from is the better witness that the other direction exists.
  const canGoBack = search.after ? true : search.before ? Boolean(pageInfo?.hasPreviousPage) : false;
  const canGoForward = search.before ? true : Boolean(pageInfo?.hasNextPage);
  // An empty page has no cursors of its own (its rows were revoked or deleted, say): the cursor that
  // led here is still a valid cursor, in the other argument, for the rows on its other side.
  const emptyPage = rows !== undefined && rows.length === 0;
  const previousCursor = pageInfo?.startCursor ?? (emptyPage ? search.after : undefined);
  const nextCursor = pageInfo?.endCursor ?? (emptyPage ? search.before : undefined);
  const firstPage = () => onSearchChange({ ...search, after: undefined, before: undefined });
  const [exporting, setExporting] = useState<ExportProgress | null>(null);

  const exportCsv = async () => {
    const csv = props.csv;
    if (!csv) return;
    setExporting({ fetched: 0, total: totalCount });
    try {
      const exportRows: TRow[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ConnectionPage<TRow> = await csv.fetchPage(after);
        exportRows.push(...page.rows);
        setExporting({ fetched: exportRows.length, total: page.totalCount ?? totalCount });
        // A cursor that does not move would loop forever: stop rather than hang the button.
        if (!page.hasNextPage || !page.endCursor || page.endCursor === after) break;
        after = page.endCursor;
      }
      // The columns the table shows (display-only ones such as row actions have no value), by header.
      const exported = table.getAllLeafColumns().filter((column) => column.accessorFn);
      const fields = exported.map((column) => {
        const header = column.columnDef.header;
        return typeof header === 'string' ? header : column.id;
      });
      const data = exportRows.map((row, index) =>
        exported.map((column) => {
          const value = column.accessorFn?.(row, index);
          const format = column.columnDef.meta?.csv;
          return csvCell(format ? format(value, row) : value);
        }),
      );
      downloadCsv(`${csv.name}-${dayjs().format('YYYY-MM-DD')}.csv`, fields, data);
    } catch (error) {
      notifications.show({
        color: 'red',
        title: 'Could not export the CSV',
        message: error instanceof Error ? error.message : 'Something went wrong',
      });
    } finally {
      setExporting(null);
    }
  };

  return (
    <Stack gap="sm">
      {(props.toolbar || props.csv) && (
        <Group justify="space-between" align="flex-end">
          <Group align="flex-end">{props.toolbar}</Group>
          {props.csv && (
            <Button
              variant="default"
              leftSection={exporting ? <Loader size={14} /> : <IconDownload size={16} />}
              onClick={() => void exportCsv()}
              disabled={exporting !== null || data.length === 0}
              aria-busy={exporting !== null}
            >
              {exporting
                ? `Exporting ${exporting.fetched}${exporting.total === undefined ? '' : ` of ${exporting.total}`}…`
                : 'Download CSV'}
            </Button>
          )}
        </Group>
      )}

      {selectable && bulkSelection && props.bulkActions && (
        <Paper withBorder p="xs" role="region" aria-label="Bulk actions">
          <Group justify="space-between">
            <Text size="sm">{selectedCount} selected</Text>
            <Group gap="xs">
              {props.bulkActions(bulkSelection)}
              <Button variant="subtle" size="xs" onClick={clear}>
                Clear selection
              </Button>
            </Group>
          </Group>
        </Paper>
      )}

      {selectable && allOnPage && allMatchingCount > selectableOnPage.length && (
        <Alert variant="light" p="xs" role="status">
          {current.mode === 'all' ? (
            <Group gap="xs">
              <Text size="sm">
                {current.excluded.size === 0
                  ? `All ${allMatchingCount} matching rows are selected.`
                  : `${selectedCount} of ${allMatchingCount} matching rows are selected.`}
              </Text>
              <Button variant="subtle" size="xs" onClick={clear}>
                Clear selection
              </Button>
            </Group>
          ) : (
            <Group gap="xs">
              <Text size="sm">All {selectableOnPage.length} rows on this page are selected.</Text>
              <Button variant="subtle" size="xs" onClick={selectAllMatching}>
                Select all {allMatchingCount} matching
              </Button>
            </Group>
          )}
        </Alert>
      )}

      {error ? (
        <Alert color="red" icon={<IconAlertTriangle />} title="Could not load the list" role="alert">
          <Stack gap="xs" align="flex-start">
            <Text size="sm">{error instanceof Error ? error.message : 'Something went wrong'}</Text>
            <Button size="xs" variant="light" color="red" onClick={props.onRetry}>
              Retry
            </Button>
          </Stack>
        </Alert>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-label={label} aria-busy={loading} striped highlightOnHover>
            <Table.Thead>
              {table.getHeaderGroups().map((group) => (
                <Table.Tr key={group.id}>
                  {selectable && (
                    <Table.Th w={40}>
                      <Checkbox
                        aria-label="Select all rows on this page"
                        checked={allOnPage}
                        indeterminate={selectedOnPage > 0 && !allOnPage}
                        onChange={togglePage}
                        disabled={selectableOnPage.length === 0}
                      />
                    </Table.Th>
                  )}
                  {group.headers.map((header) => {
                    const field = sortFields[header.column.id];
                    const direction = field && sort?.field === field ? sort.direction : undefined;
                    const content = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                    return (
                      <Table.Th
                        key={header.id}
                        aria-sort={direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : undefined}
                      >
                        {field ? (
                          <UnstyledButton
                            onClick={() =>
                              onSearchChange({
                                ...search,
                                after: undefined,
                                before: undefined,
                                sort: formatSort(nextSort(sort, field)),
                              })
                            }
                          >
                            <Group gap={4} wrap="nowrap">
                              <Text fw={700} size="sm">
                                {content}
                              </Text>
                              {direction === 'ASC' ? (
                                <IconChevronUp size={14} />
                              ) : direction === 'DESC' ? (
                                <IconChevronDown size={14} />
                              ) : (
                                <IconSelector size={14} />
                              )}
                            </Group>
                          </UnstyledButton>
                        ) : (
                          content
                        )}
                      </Table.Th>
                    );
                  })}
                </Table.Tr>
              ))}
            </Table.Thead>
            <Table.Tbody>
              {showSkeleton &&
                Array.from({ length: 3 }, (_, i) => (
                  <Table.Tr key={`skeleton-${i}`} data-testid="data-table-skeleton">
                    {Array.from({ length: columnCount }, (_, j) => (
                      <Table.Td key={j}>
                        <Skeleton height={12} />
                      </Table.Td>
                    ))}
                  </Table.Tr>
                ))}
              {!showSkeleton && data.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={columnCount}>
                    {search.after || search.before ? (
                      <Stack align="center" gap="xs" py="lg">
                        <Text c="dimmed">No rows on this page.</Text>
                        <Button variant="light" size="xs" onClick={firstPage}>
                          Back to the first page
                        </Button>
                      </Stack>
                    ) : (
                      <Text c="dimmed" ta="center" py="lg">
                        {props.emptyState ?? 'Nothing here yet.'}
                      </Text>
                    )}
                  </Table.Td>
                </Table.Tr>
              )}
              {table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id}>
                  {selectable && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select ${props.rowLabel(row.original)}`}
                        checked={canSelectRow(row.original) && isSelected(row.id)}
                        disabled={!canSelectRow(row.original)}
                        onChange={() => toggleRow(row.original)}
                      />
                    </Table.Td>
                  )}
                  {row.getAllCells().map((cell) => (
                    <Table.Td key={cell.id}>
                      <table.FlexRender cell={cell} />
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}

      <Group justify="space-between">
        <Text size="sm" c="dimmed" aria-live="polite">
          {totalCount === undefined ? '' : `${totalCount} total`}
        </Text>
        <Group gap="xs">
          <NativeSelect
            aria-label="Rows per page"
            size="xs"
            value={String(pageSize)}
            data={PAGE_SIZES.map(String)}
            onChange={(e) =>
              onSearchChange({ ...search, size: Number(e.currentTarget.value), after: undefined, before: undefined })
            }
          />
          <Button
            variant="default"
            size="xs"
            aria-label="Previous page"
            disabled={!canGoBack || !previousCursor}
            onClick={() => onSearchChange({ ...search, after: undefined, before: previousCursor ?? undefined })}
          >
            <IconChevronLeft size={16} />
          </Button>
          <Button
            variant="default"
            size="xs"
            aria-label="Next page"
            disabled={!canGoForward || !nextCursor}
            onClick={() => onSearchChange({ ...search, before: undefined, after: nextCursor ?? undefined })}
          >
            <IconChevronRight size={16} />
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
