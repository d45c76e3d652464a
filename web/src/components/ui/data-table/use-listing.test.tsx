import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { act, renderHook, waitFor } from '@testing-library/react';
import type { BulkMutation } from './bulk-action';
import type { ListSearch } from './list-search';
import type { PageInfoLike } from './pagination';
import { useListing } from './use-listing';

interface Fruit {
  id: string;
  name: string;
}
interface FruitSearch extends ListSearch {
  colour?: string;
}
interface FruitFilter {
  search: string | null;
  colour: string | null;
}

const fruits: Fruit[] = [
  { id: 'f1', name: 'Apple' },
  { id: 'f2', name: 'Banana' },
];
const middlePage: PageInfoLike = { hasNextPage: true, hasPreviousPage: true, startCursor: 'f1', endCursor: 'f2' };

/** A listing over a fixed page, holding its URL state as a route would. */
function renderListing(initial: FruitSearch = {}, refresh = vi.fn()) {
  const changes: FruitSearch[] = [];
  const hook = renderHook(() => {
    const [search, setSearch] = useState<FruitSearch>(initial);
    return useListing<Fruit, FruitFilter, FruitSearch>({
      page: { rows: fruits, totalCount: 30, pageInfo: middlePage, loading: false },
      search,
      onSearchChange: (next) => {
        changes.push(next);
        setSearch(next);
      },
      sortFields: { name: 'NAME' },
      filter: { search: search.q ?? null, colour: search.colour ?? null },
      retry: () => {},
      refresh,
    });
  });
  return { ...hook, changes, refresh };
}

describe('useListing URL state', () => {
  it('starts a new filter, order or page size from the first page and keeps the rest of the search', () => {
    const { result, changes } = renderListing({ after: 'c9', size: 50, sort: 'NAME:DESC', q: 'a' });
    expect(result.current.filtered).toBe(true);

    act(() => result.current.setFilters({ colour: 'red' }));
    expect(changes.at(-1)).toEqual({ q: 'a', colour: 'red', size: 50, sort: 'NAME:DESC', after: undefined, before: undefined });
    expect(result.current.filter).toEqual({ search: 'a', colour: 'red' });

    act(() => result.current.pagination.next?.());
    expect(changes.at(-1)).toMatchObject({ after: 'f2', before: undefined, colour: 'red' });
    act(() => result.current.sort.toggle('name'));
    expect(changes.at(-1)).toMatchObject({ sort: undefined, after: undefined, before: undefined });
    act(() => result.current.pagination.setPageSize(10));
    expect(changes.at(-1)).toMatchObject({ size: 10, after: undefined, before: undefined });
  });

  it('only sorts the columns it has an order field for', () => {
    const { result, changes } = renderListing({ sort: 'NAME:ASC' });
    expect(result.current.sort.sortable('name')).toBe(true);
    expect(result.current.sort.direction('name')).toBe('ASC');
    expect(result.current.sort.sortable('colour')).toBe(false);
    act(() => result.current.sort.toggle('colour'));
    expect(changes).toEqual([]);
  });

  it('does not count the window or order as a filter', () => {
    const { result } = renderListing({ after: 'c1', size: 10, sort: 'NAME:ASC' });
    expect(result.current.filtered).toBe(false);
  });
});

describe('useListing selection', () => {
  it('keeps the selection across pages and drops it when the filter or order changes', () => {
    const { result } = renderListing();
    act(() => result.current.selection.toggle(fruits[0]!));
    expect(result.current.bulk.selected).toMatchObject({ input: { ids: ['f1'] }, count: 1 });

    act(() => result.current.pagination.next?.());
    expect(result.current.selection.count).toBe(1);

    act(() => result.current.sort.toggle('name'));
    expect(result.current.selection.count).toBe(0);
    expect(result.current.bulk.selected).toBeUndefined();

    act(() => result.current.selection.toggle(fruits[0]!));
    act(() => result.current.setFilters({ q: 'ban' }));
    expect(result.current.bulk.selected).toBeUndefined();
  });

  it('targets every matching row but the excluded ones, on the current filter', () => {
    const { result } = renderListing({ colour: 'yellow' });
    act(() => result.current.selection.selectAllMatching());
    act(() => result.current.selection.toggle(fruits[1]!));
    expect(result.current.bulk.selected).toEqual({
      input: { filter: { search: null, colour: 'yellow' }, exceptIds: ['f2'] },
      count: 29,
      rows: [],
      fromSelection: true,
    });
  });
});

describe('useListing bulk runs', () => {
  it('reports progress, then clears the selection it ran on and refreshes the listing', async () => {
    const { result, refresh } = renderListing();
    act(() => result.current.selection.togglePage());
    const target = result.current.bulk.selected!;
    let finish = () => {};
    const mutation = vi.fn<BulkMutation<FruitFilter>>(
      (_input, { progress }) =>
        new Promise((resolve) => {
          progress({ done: 1, total: 2 });
          finish = () => resolve({ succeeded: 1, failures: ['Banana is not ripe'] });
        }),
    );

    let run: Promise<unknown> = Promise.resolve();
    act(() => {
      run = result.current.bulk.run(mutation, target);
    });
    expect(mutation).toHaveBeenCalledWith({ ids: ['f1', 'f2'] }, expect.anything());
    await waitFor(() => expect(result.current.bulk.progress).toEqual({ done: 1, total: 2 }));

    await act(async () => {
      finish();
      await run;
    });
    await expect(run).resolves.toEqual({ succeeded: 1, failures: ['Banana is not ripe'], stopped: false });
    expect(result.current.bulk.progress).toBeNull();
    expect(result.current.selection.count).toBe(0);
    expect(refresh).toHaveBeenCalledOnce();
  });

  it("keeps the selection when a row's own action ran, and refreshes only when a row changed", async () => {
    const { result, refresh } = renderListing();
    act(() => result.current.selection.toggle(fruits[1]!));
    const nothingDone: BulkMutation<FruitFilter> = async () => ({ succeeded: 0, failures: [] });
    await act(() => result.current.bulk.run(nothingDone, result.current.bulk.rowsTarget([fruits[0]!])));
    expect(refresh).not.toHaveBeenCalled();

    const done: BulkMutation<FruitFilter> = async () => ({ succeeded: 1, failures: [] });
    await act(() => result.current.bulk.run(done, result.current.bulk.rowsTarget([fruits[0]!])));
    expect(refresh).toHaveBeenCalledOnce();
    expect(result.current.bulk.selected).toMatchObject({ input: { ids: ['f2'] } });
  });

  it('stops a run: the mutation sees the abort and the result says it stopped', async () => {
    const { result, refresh } = renderListing();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    const seen: string[] = [];
    const oneByOne: BulkMutation<FruitFilter> = async (input, { signal, progress }) => {
      const ids = 'ids' in input ? input.ids : [];
      let succeeded = 0;
      for (const id of ids) {
        if (signal.aborted) break;
        seen.push(id);
        await held;
        succeeded += 1;
        progress({ done: succeeded, total: ids.length });
      }
      return { succeeded, failures: [] };
    };

    let run: Promise<unknown> = Promise.resolve();
    act(() => {
      run = result.current.bulk.run(oneByOne, result.current.bulk.rowsTarget(fruits));
    });
    act(() => result.current.bulk.stop());
    await act(async () => {
      release();
      await run;
    });
    await expect(run).resolves.toMatchObject({ succeeded: 1, stopped: true });
    expect(seen).toEqual(['f1']);
    expect(refresh).toHaveBeenCalledOnce();
  });
});
