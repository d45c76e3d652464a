import { Button, Group, NativeSelect, Text } from '@mantine/core';
import { IconChevronLeft, IconChevronRight } from '@tabler/icons-react';
import { PAGE_SIZES, type ListSearch } from './list-search';

export interface PageInfoLike {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor?: string | null;
  endCursor?: string | null;
}

/**
 * The cursors for the pages either side of the one shown, or undefined where there is none.
 */
export function adjacentPageCursors(
  search: ListSearch,
  pageInfo: PageInfoLike | undefined,
  rows: unknown[] | undefined,
): { previous?: string; next?: string } {
  // Relay lets a server answer hasPreviousPage=false while paging forwards (and hasNextPage=false
  // backwards), so the cursor we came from is the better witness that the other direction exists.
  const canGoBack = search.after ? true : search.before ? Boolean(pageInfo?.hasPreviousPage) : false;
  const canGoForward = search.before ? true : Boolean(pageInfo?.hasNextPage);
  // An empty page has no cursors of its own (its rows were revoked or deleted, say): the cursor that
  // led here is still a valid cursor, in the other argument, for the rows on its other side.
  const emptyPage = rows !== undefined && rows.length === 0;
  const previous = pageInfo?.startCursor ?? (emptyPage ? search.after : undefined);
  const next = pageInfo?.endCursor ?? (emptyPage ? search.before : undefined);
  return { previous: (canGoBack && previous) || undefined, next: (canGoForward && next) || undefined };
}

/** Page size and moves, as the listing hook offers them to the footer. */
export interface ListingPagination {
  pageSize: number;
  setPageSize: (size: number) => void;
  /** Undefined where there is no page that way. */
  previous?: () => void;
  next?: () => void;
  /** The page shown was reached by a cursor: not the first one. */
  pastFirstPage: boolean;
  firstPage: () => void;
}

interface PaginationBarProps {
  pagination: ListingPagination;
  totalCount: number | undefined;
}

export function PaginationBar({ pagination, totalCount }: PaginationBarProps) {
  return (
    <Group justify="space-between">
      <Text size="sm" c="dimmed" aria-live="polite">
        {totalCount === undefined ? '' : `${totalCount} total`}
      </Text>
      <Group gap="xs">
        <NativeSelect
          aria-label="Rows per page"
          size="xs"
          value={String(pagination.pageSize)}
          data={PAGE_SIZES.map(String)}
          onChange={(e) => pagination.setPageSize(Number(e.currentTarget.value))}
        />
        <Button
          variant="default"
          size="xs"
          aria-label="Previous page"
          disabled={!pagination.previous}
          onClick={pagination.previous}
        >
          <IconChevronLeft size={16} />
        </Button>
        <Button variant="default" size="xs" aria-label="Next page" disabled={!pagination.next} onClick={pagination.next}>
          <IconChevronRight size={16} />
        </Button>
      </Group>
    </Group>
  );
}
