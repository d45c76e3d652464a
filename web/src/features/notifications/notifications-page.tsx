import { useEffect, useEffectEvent, useRef, useState } from 'react';
import { Anchor, Badge, Button, Group, SegmentedControl, Select, Stack, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { useQuery } from '@apollo/client/react';
import { IconChecks } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { NotificationFilter, NotificationForListFragment } from '../../gql/graphql';
import type { BulkTarget } from '../../components/ui/data-table/bulk-action';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { DateAndRelative } from '../../components/ui/relative-time';
import { errorMessage } from '../../lib/graphql-errors';
import { UnreadNotificationCountQuery, useMarkNotificationsRead } from './notification-feed';
import { UnreadDot } from './notification-feed-item';
import { categoryLabels, notificationCategories, notificationLink } from './notification-labels';
import type { NotificationsSearch } from './notifications-search';
import { useMarkNotificationsReadInBulk } from './mark-notifications-read';

export const NotificationForList = graphql(`
  fragment NotificationForList on Notification {
    id
    type
    category
    title
    summary
    createdAt
    read
    readAt
    targetType
    targetId
    targetName
  }
`);

const NotificationsQuery = graphql(`
  query Notifications($first: Int, $after: String, $last: Int, $before: String, $filter: NotificationFilter, $orderBy: NotificationOrder) {
    notifications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...NotificationForList
      }
    }
  }
`);

type Row = NotificationForListFragment;

const column = dataTableColumns<Row>();
const columns = [
  column.accessor('title', {
    header: 'Notification',
    meta: { csv: (title, row) => `${title}: ${row.summary}` },
    cell: (c) => {
      const notification = c.row.original;
      const link = notificationLink(notification);
      const title = (
        <Text size="sm" fw={notification.read ? 500 : 700} span>
          {notification.title}
        </Text>
      );
      return (
        <Group align="flex-start" wrap="nowrap" gap="sm">
          <UnreadDot unread={!notification.read} />
          <Stack gap={2}>
            {link ? <Anchor renderRoot={(props) => <Link {...props} {...link} />}>{title}</Anchor> : title}
            <Text size="sm" c="dimmed">
              {notification.summary}
            </Text>
          </Stack>
        </Group>
      );
    },
  }),
  column.accessor('category', {
    header: 'Category',
    meta: { csv: (category) => categoryLabels[category] },
    cell: (c) => (
      <Badge variant="light" color="gray" size="sm" style={{ whiteSpace: 'nowrap' }}>
        {categoryLabels[c.getValue()]}
      </Badge>
    ),
  }),
  column.accessor('createdAt', {
    header: 'When',
    cell: (c) => <DateAndRelative value={c.getValue()} />,
  }),
  column.accessor('read', {
    header: 'State',
    meta: { csv: (read, row) => (read ? `read ${row.readAt ?? ''}`.trim() : 'unread') },
    cell: (c) =>
      c.getValue() ? (
        <Badge variant="light" color="gray" title={`Read ${formatDate(c.row.original.readAt)}`}>
          read
        </Badge>
      ) : (
        <Badge variant="filled" color="blue">
          unread
        </Badge>
      ),
  }),
];

type MarkTarget = BulkTarget<Row, NotificationFilter>;

/** Your notifications: all or unread, by category; mark some, every matching one or all of them read. */
export function NotificationsPage({ search, onSearchChange }: ListingPageProps<NotificationsSearch>) {
  const listing = useConnectionListing({
    query: NotificationsQuery,
    connection: 'notifications',
    search,
    onSearchChange,
    filter: ({ show, category }) => ({ unread: show === 'unread' ? true : null, categories: category ? [category] : null }),
    sortFields: { createdAt: 'CREATED_AT' },
    // Only unread ones can be marked read.
    selectable: { row: (n) => !n.read, filter: (filter) => ({ ...filter, unread: true }) },
  });
  const { data: countData } = useQuery(UnreadNotificationCountQuery);
  const unread = countData?.unreadNotificationCount;
  const markRead = useMarkNotificationsRead();
  const markReadInBulk = useMarkNotificationsReadInBulk();
  const [markingAll, setMarkingAll] = useState(false);

  // A new notification came (the app's subscription raised the count): show it.
  const showNew = useEffectEvent(() => listing.retry());
  const lastUnread = useRef(unread);
  useEffect(() => {
    if (unread !== undefined && lastUnread.current !== undefined && unread > lastUnread.current) showNew();
    lastUnread.current = unread;
  }, [unread]);

  const markTargetRead = async (target: MarkTarget) => {
    const { succeeded, error } = await listing.bulk.run(markReadInBulk, target);
    if (error) toasts.show({ color: 'red', title: 'Could not mark them read', message: errorMessage(error) });
    else toasts.show({ color: 'green', title: succeeded === 1 ? 'Marked 1 notification read' : `Marked ${succeeded} notifications read`, message: null });
  };

  const markAllRead = async () => {
    setMarkingAll(true);
    try {
      const { markedCount } = await markRead({ all: true });
      toasts.show({ color: 'green', title: markedCount === 1 ? 'Marked 1 notification read' : `Marked ${markedCount} notifications read`, message: null });
    } catch (error) {
      toasts.show({ color: 'red', title: 'Could not mark them read', message: errorMessage(error) });
    } finally {
      setMarkingAll(false);
    }
  };

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Notifications</Title>
        <Button leftSection={<IconChecks size={16} />} variant="light" disabled={!unread} loading={markingAll} onClick={() => void markAllRead()}>
          Mark all read
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        What happened in the areas and products you may see{unread ? ` — ${unread} unread` : ''}. Choose which of them you also get by email in{' '}
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/settings/notifications" />}>
          notification preferences
        </Anchor>
        .
      </Text>
      <DataTable
        listing={listing}
        label="Notifications"
        rowLabel={(n) => n.summary}
        columns={columns}
        filters={
          <Group align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="notifications-show-label">
                Show
              </Text>
              <SegmentedControl
                aria-labelledby="notifications-show-label"
                value={search.show ?? 'all'}
                onChange={(value) => listing.setFilters({ show: value === 'unread' ? 'unread' : undefined })}
                data={[
                  { value: 'all', label: 'All' },
                  { value: 'unread', label: 'Unread' },
                ]}
              />
            </Stack>
            <Select
              label="Category"
              placeholder="Every category"
              data={notificationCategories.map((value) => ({ value, label: categoryLabels[value] }))}
              value={search.category ?? null}
              onChange={(value) => listing.setFilters({ category: notificationCategories.find((c) => c === value) })}
              clearable
              w={220}
            />
          </Group>
        }
        rowActions={[{ label: 'Mark read', hidden: (n) => n.read, onClick: (n) => void markTargetRead(listing.bulk.rowsTarget([n])) }]}
        bulkActions={[{ label: 'Mark read', onClick: (target) => void markTargetRead(target) }]}
        emptyState="No notifications yet."
        noMatchState="No notification matches the filter."
        csv="notifications"
      />
    </Stack>
  );
}
