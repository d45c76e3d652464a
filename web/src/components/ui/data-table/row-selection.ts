import { useState } from 'react';
import type { DataTableRow } from './data-table-columns';

/** The selection as held, for one filter and order (`scope`). */
type SelectionState<TRow> =
  | { scope: string; mode: 'rows'; rows: Map<string, TRow> }
  | { scope: string; mode: 'all'; excluded: Set<string> };

/**
 * Rows picked by hand (across pages), or every selectable row the filter matches except the ones
 * unticked since.
 */
export interface RowSelection<TRow> {
  mode: 'rows' | 'all';
  /** How many rows are selected: picked ones, or all matching minus the excluded. */
  count: number;
  /** Picked rows as this page now shows them (a row can have changed since, e.g. been revoked). */
  rows: TRow[];
  /** Rows unticked out of "all matching". */
  excludedIds: string[];
  /** What "select all matching" selects: the selectable rows among those the filter matches. */
  matchingCount: number;
  /** Selectable rows on the page shown, and how many of them are selected. */
  onPage: { selectable: number; selected: number; all: boolean };
  canSelect: (row: TRow) => boolean;
  isSelected: (row: TRow) => boolean;
  toggle: (row: TRow) => void;
  togglePage: () => void;
  selectAllMatching: () => void;
  clear: () => void;
}

interface RowSelectionOptions<TRow> {
  /** The page shown. */
  rows: TRow[];
  /** Filter and order: the selection survives paging, not a change of these (it would point at other rows). */
  scope: string;
  canSelect: (row: TRow) => boolean;
  matchingCount: number;
}

export function useRowSelection<TRow extends DataTableRow>({
  rows,
  scope,
  canSelect,
  matchingCount,
}: RowSelectionOptions<TRow>): RowSelection<TRow> {
  const empty = (): SelectionState<TRow> => ({ scope, mode: 'rows', rows: new Map() });
  const [held, setHeld] = useState<SelectionState<TRow>>(empty);
  const current = held.scope === scope ? held : empty();
  const clear = () => setHeld(empty());

  const selectableOnPage = rows.filter(canSelect);
  const isSelected = (row: TRow) =>
    canSelect(row) && (current.mode === 'all' ? !current.excluded.has(row.id) : current.rows.has(row.id));
  const selectedOnPage = selectableOnPage.filter(isSelected).length;
  const allOnPage = selectableOnPage.length > 0 && selectedOnPage === selectableOnPage.length;
  const shown = new Map(rows.map((row) => [row.id, row]));
  const picked =
    current.mode === 'rows' ? [...current.rows.values()].map((row) => shown.get(row.id) ?? row).filter(canSelect) : [];

  // Unticking the last of "all matching" leaves nothing selected: back to an empty selection.
  const setExcluded = (excluded: Set<string>) =>
    excluded.size >= matchingCount ? clear() : setHeld({ scope, mode: 'all', excluded });

  return {
    mode: current.mode,
    count: current.mode === 'all' ? Math.max(0, matchingCount - current.excluded.size) : picked.length,
    rows: picked,
    excludedIds: current.mode === 'all' ? [...current.excluded] : [],
    matchingCount,
    onPage: { selectable: selectableOnPage.length, selected: selectedOnPage, all: allOnPage },
    canSelect,
    isSelected,
    toggle: (row) => {
      if (current.mode === 'all') {
        // Unticking a row out of "all matching" excludes it; the rest stay selected.
        const excluded = new Set(current.excluded);
        if (excluded.has(row.id)) excluded.delete(row.id);
        else excluded.add(row.id);
        setExcluded(excluded);
        return;
      }
      const next = new Map(current.rows);
      if (next.has(row.id)) next.delete(row.id);
      else next.set(row.id, row);
      setHeld({ scope, mode: 'rows', rows: next });
    },
    togglePage: () => {
      if (current.mode === 'all') {
        const excluded = new Set(current.excluded);
        selectableOnPage.forEach((row) => (allOnPage ? excluded.add(row.id) : excluded.delete(row.id)));
        setExcluded(excluded);
        return;
      }
      const next = new Map(current.rows);
      selectableOnPage.forEach((row) => (allOnPage ? next.delete(row.id) : next.set(row.id, row)));
      setHeld({ scope, mode: 'rows', rows: next });
    },
    selectAllMatching: () => setHeld({ scope, mode: 'all', excluded: new Set() }),
    clear,
  };
}
