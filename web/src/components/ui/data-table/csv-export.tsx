import { useState } from 'react';
import { Button, Loader } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { notifications } from '@mantine/notifications';
import type { Column } from '@tanstack/react-table';
import dayjs from 'dayjs';
import Papa from 'papaparse';
import { downloadFile } from '../download-file';
import type { DataTableFeatures, DataTableRow } from './data-table-columns';
import type { ConnectionPage, FetchConnectionPage } from './use-listing';

function downloadCsv(filename: string, fields: string[], data: unknown[][]): void {
  // escapeFormulae: a cell such as `=HYPERLINK(...)` (a token name is user input) is not run by Excel.
  downloadFile(filename, Papa.unparse({ fields, data }, { escapeFormulae: true }));
}

function csvCell(value: unknown): string | number | boolean {
  if (value == null) return '';
  if (Array.isArray(value)) return value.map(csvCell).join(', ');
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  return String(value);
}

/** Header and cells of the columns the table shows with a value (display-only ones, e.g. actions, have none). */
function csvTable<TRow extends DataTableRow>(columns: Column<DataTableFeatures, TRow, unknown>[], rows: TRow[]) {
  const exported = columns.filter((column) => column.accessorFn);
  const fields = exported.map((column) => {
    const header = column.columnDef.header;
    return typeof header === 'string' ? header : column.id;
  });
  const data = rows.map((row, index) =>
    exported.map((column) => {
      const value = column.accessorFn?.(row, index);
      const format = column.columnDef.meta?.csv;
      return csvCell(format ? format(value, row) : value);
    }),
  );
  return { fields, data };
}

interface CsvExportButtonProps<TRow extends DataTableRow> {
  /** File name stem: `access-tokens` downloads as `access-tokens-2026-11-23.csv`. */
  name: string;
  columns: Column<DataTableFeatures, TRow, unknown>[];
  fetchPage: FetchConnectionPage<TRow>;
  totalCount: number | undefined;
  disabled: boolean;
}

/** Downloads every row the listing's filter and order match, not just the page shown. */
export function CsvExportButton<TRow extends DataTableRow>(props: CsvExportButtonProps<TRow>) {
  const [exporting, setExporting] = useState<{ fetched: number; total?: number } | null>(null);

  const exportCsv = async () => {
    setExporting({ fetched: 0, total: props.totalCount });
    try {
      const rows: TRow[] = [];
      let after: string | null = null;
      for (;;) {
        const page: ConnectionPage<TRow> = await props.fetchPage(after);
        rows.push(...page.rows);
        setExporting({ fetched: rows.length, total: page.totalCount ?? props.totalCount });
        // A cursor that does not move would loop forever: stop rather than hang the button.
        if (!page.hasNextPage || !page.endCursor || page.endCursor === after) break;
        after = page.endCursor;
      }
      const { fields, data } = csvTable(props.columns, rows);
      downloadCsv(`${props.name}-${dayjs().format('YYYY-MM-DD')}.csv`, fields, data);
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
    <Button
      variant="default"
      leftSection={exporting ? <Loader size={14} /> : <IconDownload size={16} />}
      onClick={() => void exportCsv()}
      disabled={exporting !== null || props.disabled}
      aria-busy={exporting !== null}
    >
      {exporting
        ? `Exporting ${exporting.fetched}${exporting.total === undefined ? '' : ` of ${exporting.total}`}…`
        : 'Download CSV'}
    </Button>
  );
}
