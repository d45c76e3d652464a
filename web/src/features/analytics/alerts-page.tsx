import { useState } from 'react';
import { Anchor, Badge, Button, Group, Modal, SegmentedControl, Stack, Text, Title } from '@mantine/core';
import { notifications as toasts } from '@mantine/notifications';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { UsageAlertFilter, UsageAlertForListFragment } from '../../gql/graphql';
import type { BulkMutation, BulkTarget } from '../../components/ui/data-table/bulk-action';
import { ChipFilter } from '../../components/ui/chip-filter';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { DateAndRelative } from '../../components/ui/relative-time';
import { errorMessage } from '../../lib/graphql-errors';
import { alertKindLabels } from './analytics-format';
import { alertKinds, type UsageAlertsSearch } from './alerts-search';
import { alertSentence, useUsageAlertActions } from './usage-alerts';

const UsageAlertsQuery = graphql(`
  query UsageAlerts($first: Int, $after: String, $last: Int, $before: String, $filter: UsageAlertFilter, $orderBy: UsageAlertOrder) {
    alerts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...UsageAlertForList
      }
    }
  }
`);

type Row = UsageAlertForListFragment;
type Target = BulkTarget<Row, UsageAlertFilter>;

/** "Alpha" for a row's checkbox and buttons ("Delete Alpha 90 %"). */
const rowLabel = (alert: Row) => `${alert.application?.name ?? 'Deleted application'} ${alert.level} %`;

const column = dataTableColumns<Row>();
const columns = [
  column.accessor('level', {
    header: 'Alert',
    meta: { csv: (_level, alert) => alertSentence(alert) },
    cell: (c) => {
      const alert = c.row.original;
      return (
        <Group gap="sm" wrap="nowrap" align="flex-start">
          <Badge color={alert.kind === 'VIOLATION' ? 'red' : 'orange'} variant={alert.readAt ? 'light' : 'filled'} style={{ flex: 'none' }}>
            {`${alert.level} %`}
          </Badge>
          <Text size="sm" fw={alert.readAt ? 400 : 600}>
            {alertSentence(alert)}
          </Text>
        </Group>
      );
    },
  }),
  column.accessor('kind', {
    header: 'Kind',
    meta: { csv: (kind) => alertKindLabels[kind] },
    cell: (c) => alertKindLabels[c.getValue()],
  }),
  column.accessor((alert) => alert.application?.name ?? '', {
    id: 'application',
    header: 'Application',
    cell: (c) => {
      const { application, account } = c.row.original;
      return (
        <Stack gap={0}>
          {application ? (
            <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: application.id }} />}>
              {application.name}
            </Anchor>
          ) : (
            <Text size="sm" c="dimmed">
              Deleted application
            </Text>
          )}
          {account && (
            <Anchor size="xs" c="dimmed" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: account.id }} />}>
              {account.orgName}
            </Anchor>
          )}
        </Stack>
      );
    },
  }),
  column.accessor((alert) => alert.service?.name ?? '', { id: 'product', header: 'Product' }),
  column.accessor('raisedAt', {
    header: 'Raised',
    cell: (c) => <DateAndRelative value={c.getValue()} />,
  }),
  column.accessor('readAt', {
    header: 'State',
    meta: { csv: (readAt) => (readAt ? `read ${readAt}` : 'unread') },
    cell: (c) =>
      c.getValue() ? (
        <Badge variant="light" color="gray" title={`Read ${formatDate(c.getValue())}`}>
          read
        </Badge>
      ) : (
        <Badge variant="filled" color="blue">
          unread
        </Badge>
      ),
  }),
];

const count = (n: number) => (n === 1 ? '1 alert' : `${n} alerts`);

/**
 * Usage alerts (003 ch.22): an application's most-used limit reached 50 % … 300 %. Filter by read or
 * unread and kind; mark some or every matching one read or unread again, or delete them.
 */
export function AlertsPage({ search, onSearchChange }: ListingPageProps<UsageAlertsSearch>) {
  const listing = useConnectionListing({
    query: UsageAlertsQuery,
    connection: 'alerts',
    search,
    onSearchChange,
    filter: ({ show, kinds, application }) => ({
      unread: show === 'unread' ? true : show === 'read' ? false : null,
      kinds: kinds ?? null,
      application: application ?? null,
    }),
    sortFields: { raisedAt: 'RAISED_AT', level: 'LEVEL' },
  });
  const actions = useUsageAlertActions();
  const [deleting, setDeleting] = useState<Target | null>(null);

  const run = async (mutation: BulkMutation<UsageAlertFilter>, target: Target, done: (n: number) => string, failed: string) => {
    const { succeeded, failures, error } = await listing.bulk.run(mutation, target);
    if (succeeded > 0) toasts.show({ color: 'green', title: done(succeeded), message: null });
    if (failures.length > 0) toasts.show({ color: 'orange', title: failed, message: failures.join('\n') });
    if (error) toasts.show({ color: 'red', title: failed, message: errorMessage(error) });
  };
  const markRead = (target: Target) => void run(actions.bulkMarkRead, target, (n) => `Marked ${count(n)} read`, 'Could not mark them read');
  const markUnread = (target: Target) => void run(actions.bulkMarkUnread, target, (n) => `Marked ${count(n)} unread`, 'Could not mark them unread');
  const confirmDelete = () => {
    if (!deleting) return;
    const target = deleting;
    setDeleting(null);
    void run(actions.bulkDelete, target, (n) => `Deleted ${count(n)}`, 'Could not delete them');
  };

  return (
    <Stack>
      <Title order={2}>Usage alerts</Title>
      <Text c="dimmed" size="sm" maw={820}>
        Raised when an application&apos;s most-used limit reaches 50, 80 or 90 % (alerts) or 100 % and more (violations), at most once per level a day. Each also
        notifies the team; see the{' '}
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/analytics" />}>
          usage analytics
        </Anchor>{' '}
        for the traffic behind them.
      </Text>
      {search.application && (
        <Group gap="xs">
          <Text size="sm">Showing one application&apos;s alerts.</Text>
          <Button size="compact-sm" variant="subtle" onClick={() => listing.setFilters({ application: undefined })}>
            Show every application
          </Button>
        </Group>
      )}
      <DataTable
        listing={listing}
        label="Usage alerts"
        rowLabel={rowLabel}
        columns={columns}
        filters={
          <Group align="flex-end">
            <Stack gap={4}>
              <Text size="sm" fw={500} id="alerts-show-label">
                Show
              </Text>
              <SegmentedControl
                aria-labelledby="alerts-show-label"
                value={search.show ?? 'all'}
                onChange={(value) => listing.setFilters({ show: value === 'unread' || value === 'read' ? value : undefined })}
                data={[
                  { value: 'all', label: 'All' },
                  { value: 'unread', label: 'Unread' },
                  { value: 'read', label: 'Read' },
                ]}
              />
            </Stack>
            <ChipFilter label="Kind" options={alertKinds} labels={alertKindLabels} value={search.kinds} onChange={(kinds) => listing.setFilters({ kinds })} />
          </Group>
        }
        rowActions={[
          { label: 'Mark read', hidden: (alert) => Boolean(alert.readAt), onClick: (alert) => markRead(listing.bulk.rowsTarget([alert])) },
          { label: 'Mark unread', hidden: (alert) => !alert.readAt, onClick: (alert) => markUnread(listing.bulk.rowsTarget([alert])) },
          { label: 'Delete', color: 'red', onClick: (alert) => setDeleting(listing.bulk.rowsTarget([alert])) },
        ]}
        bulkActions={[
          { label: 'Mark read', onClick: markRead },
          { label: 'Mark unread', onClick: markUnread },
          { label: 'Delete', color: 'red', onClick: (target) => setDeleting(target) },
        ]}
        emptyState="No usage alerts yet: none of your applications has come near a limit."
        noMatchState="No alert matches the filter."
        csv="usage-alerts"
      />
      <Modal opened={deleting !== null} onClose={() => setDeleting(null)} title="Delete usage alerts" centered>
        <Stack>
          <Text size="sm">
            {deleting && deleting.count === 1 && deleting.rows[0]
              ? `Delete the alert “${alertSentence(deleting.rows[0])}”?`
              : `Delete ${count(deleting?.count ?? 0)}?`}{' '}
            This cannot be undone; the applications&apos; usage and limits do not change.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={() => setDeleting(null)}>
              Cancel
            </Button>
            <Button color="red" onClick={confirmDelete}>
              Confirm delete
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
