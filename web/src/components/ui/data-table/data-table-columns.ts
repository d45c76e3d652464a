import {
  createColumnHelper,
  tableFeatures,
  type CellData,
  type ColumnDef,
  type RowData,
  type TableFeatures,
} from '@tanstack/react-table';

/** The table features every listing uses; column helpers are built against it. */
export const dataTableFeatures = tableFeatures({});
export type DataTableFeatures = typeof dataTableFeatures;

/** Every listing row is a node with an id: selection, bulk actions and React keys go by it. */
export interface DataTableRow {
  id: string;
}

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- column value types differ per column
export type DataTableColumns<TRow extends DataTableRow> = ColumnDef<DataTableFeatures, TRow, any>[];

/** The column helper for a listing's row type: `const column = dataTableColumns<Row>()`. */
export function dataTableColumns<TRow extends DataTableRow>() {
  return createColumnHelper<DataTableFeatures, TRow>();
}

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
