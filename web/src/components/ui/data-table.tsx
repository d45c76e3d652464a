import { useMemo, useState, type ReactNode } from 'react';
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

/** What a bulk action applies to: rows picked by hand (across pages), or everything the filter matches. */
export type DataTableSelection<TRow> =
  | { mode: 'rows'; rows: TRow[]; count: number; clear: () => void }
  | { mode: 'all-matching'; count: number; clear: () => void };

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
  csv?: DataTableCsv<TRow>;
  emptyState?: ReactNode;
}

const NO_ROWS: never[] = [];

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
  const [selection, setSelection] = useState<{ scope: string; rows: Map<string, TRow>; allMatching: boolean }>(
    () => ({ scope: selectionScope, rows: new Map(), allMatching: false }),
  );
  const current =
    selection.scope === selectionScope ? selection : { scope: selectionScope, rows: new Map<string, TRow>(), allMatching: false };
  const clear = () => setSelection({ scope: selectionScope, rows: new Map(), allMatching: false });

  const selectable = Boolean(props.bulkActions);
  const pageIds = data.map((r) => r.id);
  const selectedOnPage = pageIds.filter((id) => current.allMatching || current.rows.has(id)).length;
  const allOnPage = data.length > 0 && selectedOnPage === data.length;
  const selectedCount = current.allMatching ? (totalCount ?? 0) : current.rows.size;

  const toggleRow = (row: TRow) => {
    const next = new Map(current.rows);
    if (current.allMatching) data.forEach((r) => next.set(r.id, r));
    if (next.has(row.id)) next.delete(row.id);
    else next.set(row.id, row);
    setSelection({ scope: selectionScope, rows: next, allMatching: false });
  };
  const togglePage = () => {
    const next = new Map(current.rows);
    if (allOnPage) data.forEach((r) => next.delete(r.id));
    else data.forEach((r) => next.set(r.id, r));
    setSelection({ scope: selectionScope, rows: next, allMatching: false });
  };

  const bulkSelection: DataTableSelection<TRow> | undefined = useMemo(() => {
    if (current.allMatching) return { mode: 'all-matching', count: totalCount ?? 0, clear };
    if (current.rows.size === 0) return undefined;
    return { mode: 'rows', rows: [...current.rows.values()], count: current.rows.size, clear };
    // eslint-disable-next-line react-hooks/exhaustive-deps -- clear is recreated each render on purpose
  }, [current, totalCount]);

  const sort = parseSort(search.sort, Object.values(sortFields));
  const pageSize = search.size ?? DEFAULT_PAGE_SIZE;
  const columnCount = columns.length + (selectable ? 1 : 0);
  const showSkeleton = loading && !rows;
  // Relay lets a server answer hasPreviousPage=false while paging forwards (and hasNextPage=false
  // backwards), so the cursor we came from is the better witness that the other direction exists.
  const canGoBack = search.after ? true : search.before ? Boolean(pageInfo?.hasPreviousPage) : false;
  const canGoForward = search.before ? true : Boolean(pageInfo?.hasNextPage);
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

      {selectable && allOnPage && totalCount !== undefined && totalCount > data.length && (
        <Alert variant="light" p="xs" role="status">
          {current.allMatching ? (
            <Group gap="xs">
              <Text size="sm">All {totalCount} matching rows are selected.</Text>
              <Button variant="subtle" size="xs" onClick={clear}>
                Clear selection
              </Button>
            </Group>
          ) : (
            <Group gap="xs">
              <Text size="sm">All {data.length} rows on this page are selected.</Text>
              <Button
                variant="subtle"
                size="xs"
                onClick={() => setSelection({ scope: selectionScope, rows: new Map(), allMatching: true })}
              >
                Select all {totalCount} matching
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
                        disabled={data.length === 0}
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
                    <Text c="dimmed" ta="center" py="lg">
                      {props.emptyState ?? 'Nothing here yet.'}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
              {table.getRowModel().rows.map((row) => (
                <Table.Tr key={row.id}>
                  {selectable && (
                    <Table.Td>
                      <Checkbox
                        aria-label={`Select row ${row.id}`}
                        checked={current.allMatching || current.rows.has(row.id)}
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
            disabled={!canGoBack || !pageInfo?.startCursor}
            onClick={() => onSearchChange({ ...search, after: undefined, before: pageInfo?.startCursor ?? undefined })}
          >
            <IconChevronLeft size={16} />
          </Button>
          <Button
            variant="default"
            size="xs"
            aria-label="Next page"
            disabled={!canGoForward || !pageInfo?.endCursor}
            onClick={() => onSearchChange({ ...search, before: undefined, after: pageInfo?.endCursor ?? undefined })}
          >
            <IconChevronRight size={16} />
          </Button>
        </Group>
      </Group>
    </Stack>
  );
}
