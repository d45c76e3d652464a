import type { ReactNode } from 'react';
import type { ReactTable } from '@tanstack/react-table';
import {
  Alert,
  Button,
  Checkbox,
  Group,
  Skeleton,
  Stack,
  Table,
  Text,
  UnstyledButton,
  VisuallyHidden,
  type MantineColor,
} from '@mantine/core';
import { IconAlertTriangle, IconChevronDown, IconChevronUp, IconSelector } from '@tabler/icons-react';
import type { DataTableFeatures, DataTableRow } from './data-table-columns';
import type { ListSearch } from './list-search';
import type { Listing } from './use-listing';

/** A button in a row's last cell, named for the row: "Revoke" on "CI deploys" is "Revoke CI deploys". */
export interface RowAction<TRow> {
  label: string;
  color?: MantineColor;
  /** Rows the action does not apply to show no button. */
  hidden?: (row: TRow) => boolean;
  onClick: (row: TRow) => void;
}

interface ListingTableProps<TRow extends DataTableRow, TFilter> {
  listing: Listing<TRow, TFilter, ListSearch>;
  table: ReactTable<DataTableFeatures, TRow>;
  label: string;
  rowLabel: (row: TRow) => string;
  /** Rows get checkboxes (the listing has bulk actions). */
  selectable: boolean;
  rowActions?: RowAction<TRow>[];
  onRowClick?: (row: TRow) => void;
  emptyState?: ReactNode;
  noMatchState?: ReactNode;
}

const SKELETON_ROWS = 3;

/** A click on a control inside a row is the control's, not the row's. */
const CONTROLS = 'a, button, input, label, textarea, select, [role="button"], [role="checkbox"]';

export function ListingTable<TRow extends DataTableRow, TFilter>(props: ListingTableProps<TRow, TFilter>) {
  const { listing, table, selectable, rowActions = [], onRowClick } = props;
  const { selection, sort } = listing;
  const columnCount = table.getAllLeafColumns().length + (selectable ? 1 : 0) + (rowActions.length > 0 ? 1 : 0);
  const showSkeleton = listing.loading && !listing.rows;

  if (listing.error) {
    return (
      <Alert color="red" icon={<IconAlertTriangle />} title="Could not load the list" role="alert">
        <Stack gap="xs" align="flex-start">
          <Text size="sm">{listing.error instanceof Error ? listing.error.message : 'Something went wrong'}</Text>
          <Button size="xs" variant="light" color="red" onClick={listing.retry}>
            Retry
          </Button>
        </Stack>
      </Alert>
    );
  }

  return (
    <Table.ScrollContainer minWidth={600}>
      <Table aria-label={props.label} aria-busy={listing.loading} striped highlightOnHover>
        <Table.Thead>
          {table.getHeaderGroups().map((group) => (
            <Table.Tr key={group.id}>
              {selectable && (
                <Table.Th w={40}>
                  <Checkbox
                    aria-label="Select all rows on this page"
                    checked={selection.onPage.all}
                    indeterminate={selection.onPage.selected > 0 && !selection.onPage.all}
                    onChange={selection.togglePage}
                    disabled={selection.onPage.selectable === 0}
                  />
                </Table.Th>
              )}
              {group.headers.map((header) => {
                const direction = sort.direction(header.column.id);
                const content = header.isPlaceholder ? null : <table.FlexRender header={header} />;
                return (
                  <Table.Th
                    key={header.id}
                    aria-sort={direction === 'ASC' ? 'ascending' : direction === 'DESC' ? 'descending' : undefined}
                  >
                    {sort.sortable(header.column.id) ? (
                      <UnstyledButton onClick={() => sort.toggle(header.column.id)}>
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
              {rowActions.length > 0 && (
                <Table.Th>
                  <VisuallyHidden>Actions</VisuallyHidden>
                </Table.Th>
              )}
            </Table.Tr>
          ))}
        </Table.Thead>
        <Table.Tbody>
          {showSkeleton &&
            Array.from({ length: SKELETON_ROWS }, (_, i) => (
              <Table.Tr key={`skeleton-${i}`} data-testid="data-table-skeleton">
                {Array.from({ length: columnCount }, (_, j) => (
                  <Table.Td key={j}>
                    <Skeleton height={12} />
                  </Table.Td>
                ))}
              </Table.Tr>
            ))}
          {!showSkeleton && (listing.rows ?? []).length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={columnCount}>
                {listing.pagination.pastFirstPage ? (
                  <Stack align="center" gap="xs" py="lg">
                    <Text c="dimmed">No rows on this page.</Text>
                    <Button variant="light" size="xs" onClick={listing.pagination.firstPage}>
                      Back to the first page
                    </Button>
                  </Stack>
                ) : (
                  <Text c="dimmed" ta="center" py="lg">
                    {(listing.filtered ? props.noMatchState : undefined) ?? props.emptyState ?? 'Nothing here yet.'}
                  </Text>
                )}
              </Table.Td>
            </Table.Tr>
          )}
          {table.getRowModel().rows.map((row) => (
            <Table.Tr
              key={row.id}
              onClick={
                onRowClick &&
                ((event) => {
                  if (!(event.target instanceof Element) || !event.target.closest(CONTROLS)) onRowClick(row.original);
                })
              }
              style={onRowClick ? { cursor: 'pointer' } : undefined}
            >
              {selectable && (
                <Table.Td>
                  <Checkbox
                    aria-label={`Select ${props.rowLabel(row.original)}`}
                    checked={selection.isSelected(row.original)}
                    disabled={!selection.canSelect(row.original)}
                    onChange={() => selection.toggle(row.original)}
                  />
                </Table.Td>
              )}
              {row.getAllCells().map((cell) => (
                <Table.Td key={cell.id}>
                  <table.FlexRender cell={cell} />
                </Table.Td>
              ))}
              {rowActions.length > 0 && (
                <Table.Td>
                  <Group gap={4} wrap="nowrap">
                    {rowActions
                      .filter((action) => !action.hidden?.(row.original))
                      .map((action) => (
                        <Button
                          key={action.label}
                          size="xs"
                          variant="subtle"
                          color={action.color}
                          aria-label={`${action.label} ${props.rowLabel(row.original)}`}
                          onClick={() => action.onClick(row.original)}
                        >
                          {action.label}
                        </Button>
                      ))}
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
