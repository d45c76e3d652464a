import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { Notifications } from '@mantine/notifications';
import { renderWithMantine } from '../../../testing/render-with-mantine';
import { captureCsvDownload } from '../../../testing/capture-download';
import type { BulkTarget } from './bulk-action';
import { DataTable, type DataTableProps } from './data-table';
import { dataTableColumns } from './data-table-columns';
import type { ListSearch } from './list-search';
import type { PageInfoLike } from './pagination';
import { useListing, type FetchConnectionPage, type ListingOptions } from './use-listing';
import { useStaticListing } from './use-static-listing';

interface Fruit {
  id: string;
  name: string;
}
interface FruitFilter {
  search: string | null;
  fresh?: boolean;
}

const helper = dataTableColumns<Fruit>();
const columns = [helper.accessor('name', { header: 'Name' })];
const fruits: Fruit[] = [
  { id: 'f1', name: 'Apple' },
  { id: 'f2', name: 'Banana' },
];

interface HarnessProps extends Partial<Omit<DataTableProps<Fruit, FruitFilter>, 'listing'>> {
  rows?: Fruit[];
  totalCount?: number;
  pageInfo?: PageInfoLike;
  loading?: boolean;
  error?: unknown;
  onRetry?: () => void;
  /** With `onSearchChange`, the harness is controlled; without, it holds the search and reports to `onSearch`. */
  search?: ListSearch;
  onSearchChange?: (next: ListSearch) => void;
  onSearch?: (next: ListSearch) => void;
  selectable?: ListingOptions<Fruit, FruitFilter, ListSearch>['selectable'];
  fetchPage?: FetchConnectionPage<Fruit>;
}

const firstOfTwoPages = { hasNextPage: true, hasPreviousPage: false, startCursor: 'f1', endCursor: 'f2' };

function Harness(props: HarnessProps) {
  const { rows, totalCount, pageInfo, loading, error, onRetry, search: given, onSearchChange, onSearch } = props;
  const [held, setHeld] = useState<ListSearch>(given ?? {});
  const search = onSearchChange ? (given ?? {}) : held;
  const listing = useListing<Fruit, FruitFilter, ListSearch>({
    page: {
      rows: 'rows' in props ? rows : fruits,
      totalCount: 'totalCount' in props ? totalCount : 30,
      pageInfo: 'pageInfo' in props ? pageInfo : firstOfTwoPages,
      loading: loading ?? false,
      error,
    },
    search,
    onSearchChange: (next) => {
      setHeld(next);
      onSearchChange?.(next);
      onSearch?.(next);
    },
    sortFields: { name: 'NAME' },
    filter: { search: search.q ?? null },
    selectable: props.selectable,
    retry: onRetry ?? (() => {}),
    refresh: () => {},
    fetchPage: props.fetchPage,
  });
  return (
    <DataTable<Fruit, FruitFilter>
      listing={listing}
      label="Fruits"
      columns={props.columns ?? columns}
      rowLabel={props.rowLabel ?? ((fruit) => fruit.name)}
      searchLabel={props.searchLabel}
      filters={props.filters}
      rowActions={props.rowActions}
      bulkActions={props.bulkActions}
      csv={props.csv}
      emptyState={props.emptyState}
      noMatchState={props.noMatchState}
    />
  );
}

/** A bulk action that records the target it is given. */
function recordingAction(seen: BulkTarget<Fruit, FruitFilter>[]) {
  return [{ label: 'Act', onClick: (target: BulkTarget<Fruit, FruitFilter>) => seen.push(target) }];
}

describe('DataTable', () => {
  it('pages forwards and backwards with cursors and changes the page size', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    renderWithMantine(<Harness onSearch={onSearch} />);
    expect(screen.getByRole('button', { name: 'Previous page' })).toBeDisabled();

    await user.click(screen.getByRole('button', { name: 'Next page' }));
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ after: 'f2', before: undefined }));
    // After moving forwards, going back is possible even though the server said hasPreviousPage=false.
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ before: 'f1', after: undefined }));

    await user.selectOptions(screen.getByRole('combobox', { name: 'Rows per page' }), '50');
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ size: 50, after: undefined, before: undefined }));
  });

  it('maps a sortable header to the orderBy field, cycling ASC → DESC → none', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    renderWithMantine(<Harness onSearch={onSearch} />);
    const header = screen.getByRole('button', { name: /Name/ });
    await user.click(header);
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'NAME:ASC' }));
    expect(screen.getByRole('columnheader', { name: /Name/ })).toHaveAttribute('aria-sort', 'ascending');
    await user.click(header);
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ sort: 'NAME:DESC' }));
    await user.click(header);
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ sort: undefined }));
  });

  it('selects rows, then every matching row, and hands the selection to the bulk actions', async () => {
    const user = userEvent.setup();
    const seen: BulkTarget<Fruit, FruitFilter>[] = [];
    renderWithMantine(<Harness search={{ q: 'a' }} bulkActions={recordingAction(seen)} />);
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();

    await user.click(screen.getByRole('checkbox', { name: 'Select Apple' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('1 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Act' }));
    expect(seen.at(-1)).toEqual({ input: { ids: ['f1'] }, rows: [fruits[0]], count: 1, fromSelection: true });

    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(screen.getByText('All 2 rows on this page are selected.')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Select all 30 matching' }));
    expect(screen.getByText('30 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Act' }));
    // Every row the listing's filter matches: the input a bulk mutation takes for "all matching".
    expect(seen.at(-1)).toEqual({ input: { filter: { search: 'a' }, exceptIds: [] }, rows: [], count: 30, fromSelection: true });

    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Clear selection' }));
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
  });

  it('keeps every other matching row selected when one is unticked out of "all matching"', async () => {
    const user = userEvent.setup();
    const seen: BulkTarget<Fruit, FruitFilter>[] = [];
    renderWithMantine(<Harness bulkActions={recordingAction(seen)} />);
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(screen.getByRole('button', { name: 'Select all 30 matching' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    const act = async () => user.click(within(bar).getByRole('button', { name: 'Act' }));

    await user.click(screen.getByRole('checkbox', { name: 'Select Apple' }));
    expect(within(bar).getByText('29 selected')).toBeInTheDocument();
    await act();
    expect(seen.at(-1)).toMatchObject({ input: { exceptIds: ['f1'] }, count: 29 });
    expect(screen.getByRole('checkbox', { name: 'Select Apple' })).not.toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Banana' })).toBeChecked();

    // Ticking it again, or the page checkbox, takes the exclusions back.
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(within(bar).getByText('30 selected')).toBeInTheDocument();
    await act();
    expect(seen.at(-1)).toMatchObject({ input: { exceptIds: [] }, count: 30 });
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(within(bar).getByText('28 selected')).toBeInTheDocument();
    await act();
    expect(seen.at(-1)).toMatchObject({ input: { exceptIds: ['f1', 'f2'] }, count: 28 });
  });

  it('offers only the rows a bulk action applies to, and counts only those as "all matching"', async () => {
    const user = userEvent.setup();
    const seen: BulkTarget<Fruit, FruitFilter>[] = [];
    const withRotten = [...fruits, { id: 'f3', name: 'Rotten pear' }];
    renderWithMantine(
      <Harness
        rows={withRotten}
        selectable={{ row: (fruit) => !fruit.name.startsWith('Rotten'), filter: { search: null, fresh: true }, count: 20 }}
        bulkActions={recordingAction(seen)}
      />,
    );
    expect(screen.getByRole('checkbox', { name: 'Select Rotten pear' })).toBeDisabled();
    await user.click(screen.getByRole('checkbox', { name: 'Select all rows on this page' }));
    expect(screen.getByRole('checkbox', { name: 'Select all rows on this page' })).toBeChecked();
    expect(screen.getByRole('checkbox', { name: 'Select Rotten pear' })).not.toBeChecked();
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    await user.click(within(bar).getByRole('button', { name: 'Act' }));
    expect(seen.at(-1)).toMatchObject({ input: { ids: ['f1', 'f2'] }, rows: fruits, count: 2 });

    await user.click(screen.getByRole('button', { name: 'Select all 20 matching' }));
    expect(within(bar).getByText('20 selected')).toBeInTheDocument();
    expect(screen.getByRole('checkbox', { name: 'Select Rotten pear' })).not.toBeChecked();
    // "All matching" means the selectable ones: the bulk input carries the narrowed filter.
    await user.click(within(bar).getByRole('button', { name: 'Act' }));
    expect(seen.at(-1)).toMatchObject({ input: { filter: { search: null, fresh: true }, exceptIds: [] }, count: 20 });
  });

  it('leads back from an empty page reached by a cursor', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    // The rows after the cursor were revoked or deleted: the page has no cursors of its own.
    const emptyPage = { hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null };
    function Empty() {
      const [search, setSearch] = useState<ListSearch>({ after: 'c-last-seen', size: 10 });
      return (
        <Harness
          rows={search.after ? [] : fruits}
          pageInfo={search.after ? emptyPage : undefined}
          search={search}
          onSearchChange={(next) => {
            setSearch(next);
            onSearch(next);
          }}
        />
      );
    }
    renderWithMantine(<Empty />);
    expect(screen.getByText('No rows on this page.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Next page' })).toBeDisabled();

    // The cursor that led here is just as good a `before` for the rows on its other side.
    await user.click(screen.getByRole('button', { name: 'Previous page' }));
    expect(onSearch).toHaveBeenLastCalledWith(expect.objectContaining({ before: 'c-last-seen', after: undefined, size: 10 }));
  });

  it('offers the first page from an empty page reached by a cursor', async () => {
    const user = userEvent.setup();
    const onSearch = vi.fn();
    renderWithMantine(
      <Harness
        rows={[]}
        search={{ after: 'c-last-seen', q: 'apple' }}
        pageInfo={{ hasNextPage: false, hasPreviousPage: true, startCursor: null, endCursor: null }}
        onSearchChange={onSearch}
        emptyState="No fruit yet."
        noMatchState="No fruit matches."
      />,
    );
    expect(screen.queryByText('No fruit yet.')).not.toBeInTheDocument();
    expect(screen.queryByText('No fruit matches.')).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Back to the first page' }));
    expect(onSearch).toHaveBeenLastCalledWith({ q: 'apple', after: undefined, before: undefined });
  });

  it('shows a skeleton while the first page loads, then an empty state', () => {
    const { rerender } = renderWithMantine(<Harness rows={undefined} loading totalCount={undefined} />);
    expect(screen.getAllByTestId('data-table-skeleton')).toHaveLength(3);
    rerender(<Harness rows={[]} totalCount={0} emptyState="No fruit yet." noMatchState="No fruit matches." />);
    expect(screen.getByText('No fruit yet.')).toBeInTheDocument();
  });

  it('says "no match" rather than "nothing yet" when a filter is set', () => {
    renderWithMantine(
      <Harness rows={[]} totalCount={0} search={{ q: 'kiwi' }} emptyState="No fruit yet." noMatchState="No fruit matches." />,
    );
    expect(screen.getByText('No fruit matches.')).toBeInTheDocument();
    expect(screen.queryByText('No fruit yet.')).not.toBeInTheDocument();
  });

  it('names row actions after the row and leaves them out where they do not apply', async () => {
    const user = userEvent.setup();
    const eaten: Fruit[] = [];
    renderWithMantine(
      <Harness
        rowActions={[{ label: 'Eat', hidden: (fruit) => fruit.name === 'Banana', onClick: (fruit) => eaten.push(fruit) }]}
      />,
    );
    expect(screen.queryByRole('button', { name: 'Eat Banana' })).not.toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Eat Apple' }));
    expect(eaten).toEqual([fruits[0]]);
  });

  it('shows an error with a retry', async () => {
    const user = userEvent.setup();
    const onRetry = vi.fn();
    renderWithMantine(<Harness rows={undefined} error={new Error('Boom')} onRetry={onRetry} />);
    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Boom');
    await user.click(within(alert).getByRole('button', { name: 'Retry' }));
    expect(onRetry).toHaveBeenCalledOnce();
  });

  it('exports every matching row as CSV, page by page, with progress on the button', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-11-23T12:00:00'));
    const user = userEvent.setup();
    const csv = captureCsvDownload();
    // Two pages from the "server"; each waits until the test lets it go, to observe the progress.
    const firstPage = { rows: fruits, totalCount: 3, hasNextPage: true, endCursor: 'f2' };
    const lastPage = { rows: [{ id: 'f3', name: '=Cherry' }], totalCount: 3, hasNextPage: false, endCursor: 'f3' };
    const release: (() => void)[] = [];
    const fetchPage = vi.fn(
      (after: string | null) =>
        new Promise<typeof firstPage>((resolve) => release.push(() => resolve(after === 'f2' ? lastPage : firstPage))),
    );
    const withDisplayColumn = [
      ...columns,
      helper.accessor('id', { header: 'Kind', meta: { csv: (id) => (id === 'f3' ? 'stone fruit' : 'other') } }),
      helper.display({ id: 'actions', header: 'Actions', cell: () => <button type="button">Eat</button> }),
    ];
    renderWithMantine(<Harness columns={withDisplayColumn} csv="fruits" fetchPage={fetchPage} />);

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    const button = await screen.findByRole('button', { name: /Exporting 0 of 30/ });
    expect(button).toBeDisabled();
    release.shift()?.();
    expect(await screen.findByRole('button', { name: /Exporting 2 of 3/ })).toBeDisabled();
    release.shift()?.();

    await waitFor(() => expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled());
    expect(fetchPage.mock.calls).toEqual([[null], ['f2']]);
    expect(csv.filename()).toBe('fruits-2026-11-23.csv');
    // Headers as the table shows them, display-only columns left out, formula-like cells defused.
    expect(await csv.text()).toBe("Name,Kind\r\nApple,other\r\nBanana,other\r\n\"'=Cherry\",stone fruit");
  });

  it('reports a failed export and enables the button again', async () => {
    const user = userEvent.setup();
    const csv = captureCsvDownload();
    renderWithMantine(
      <>
        <Notifications />
        <Harness csv="fruits" fetchPage={() => Promise.reject(new Error('Network down'))} />
      </>,
    );
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(await screen.findByText('Could not export the CSV')).toBeInTheDocument();
    expect(screen.getByText('Network down')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeEnabled();
    expect(csv.filename()).toBeUndefined();
  });

  it('shows a list the API returns whole on one page, with no page controls', async () => {
    const user = userEvent.setup();
    const clicked: Fruit[] = [];
    function StaticHarness() {
      const listing = useStaticListing({ rows: fruits, loading: false, retry: () => {} });
      return (
        <DataTable
          listing={listing}
          label="Fruits"
          columns={columns}
          rowLabel={(fruit) => fruit.name}
          rowActions={[{ label: 'Eat', onClick: (fruit) => clicked.push(fruit) }]}
          paginated={false}
        />
      );
    }
    renderWithMantine(<StaticHarness />);
    const table = screen.getByRole('table', { name: 'Fruits' });
    expect(within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent)).toEqual(['Apple', 'Banana']);
    expect(screen.queryByRole('button', { name: 'Next page' })).not.toBeInTheDocument();
    expect(screen.queryByRole('combobox', { name: 'Rows per page' })).not.toBeInTheDocument();
    expect(within(table).queryByRole('checkbox')).not.toBeInTheDocument();
    await user.click(within(table).getByRole('button', { name: 'Eat Banana' }));
    expect(clicked).toEqual([fruits[1]]);
  });
});
