import { useState } from 'react';
import { Alert, Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { IconAlertTriangle, IconRefresh } from '@tabler/icons-react';
import { graphql } from '../../gql';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { DeliveriesActionModal, type DeliveriesAction } from './deliveries-action-modal';
import { ALL_FAILED } from './webhook-delivery-actions';
import { DeliveryEventFilter, DeliveryStatusFilter } from './webhook-delivery-filters';
import { WebhookDeliveryModal, type DeliveryWithDetails } from './webhook-delivery-modal';
import { WebhookDeliveryStatusBadge } from './webhook-delivery-status-badge';
import { deliveryStatusLabels } from './webhook-labels';
import type { WebhooksSearch } from './webhooks-search';

export const WebhookDeliveryForLog = graphql(`
  fragment WebhookDeliveryForLog on WebhookDelivery {
    id
    event
    status
    attempts
    lastStatusCode
    lastError
    createdAt
    deliveredAt
  }
`);

const WebhookDeliveriesQuery = graphql(`
  query WebhookDeliveries(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: WebhookDeliveryFilter
    $orderBy: WebhookDeliveryOrder
  ) {
    webhookDeliveries(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...WebhookDeliveryForLog
        ...WebhookDeliveryForDetails
      }
    }
  }
`);

/** How many deliveries failed, whatever the log's filter: what "Retry all failed" retries. */
const FailedWebhookDeliveriesQuery = graphql(`
  query FailedWebhookDeliveries($filter: WebhookDeliveryFilter!) {
    webhookDeliveries(first: 1, filter: $filter) {
      totalCount
    }
  }
`);

type Row = DeliveryWithDetails;

const dimmedDash = (
  <Text size="sm" c="dimmed">
    —
  </Text>
);

/** Columns that open the delivery are told by `open`: the event is the row's keyboard-reachable way in. */
function deliveryColumns(open: (delivery: Row) => void) {
  const column = dataTableColumns<Row>();
  return [
    column.accessor('event', {
      header: 'Event',
      cell: (c) => (
        <Anchor component="button" type="button" size="sm" ff="monospace" ta="left" onClick={() => open(c.row.original)}>
          {c.getValue()}
        </Anchor>
      ),
    }),
    column.accessor('status', {
      header: 'Status',
      meta: { csv: (status) => deliveryStatusLabels[status] },
      cell: (c) => <WebhookDeliveryStatusBadge status={c.getValue()} />,
    }),
    column.accessor('attempts', { header: 'Attempts', cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
    column.accessor('lastStatusCode', {
      header: 'Last status',
      meta: { csv: (code) => code ?? '' },
      cell: (c) => (c.getValue() === null || c.getValue() === undefined ? dimmedDash : <Text size="sm">{c.getValue()}</Text>),
    }),
    column.accessor('createdAt', {
      header: 'Created',
      cell: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(c.getValue())}
        </Text>
      ),
    }),
    column.accessor('deliveredAt', {
      header: 'Delivered',
      meta: { csv: (at) => at ?? '' },
      cell: (c) => (
        <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
          {formatDate(c.getValue())}
        </Text>
      ),
    }),
    column.accessor('lastError', {
      header: 'Last error',
      meta: { csv: (error) => error ?? '' },
      cell: (c) =>
        c.getValue() ? (
          <Text size="xs" c="red" ff="monospace" lineClamp={2} title={c.getValue() ?? undefined}>
            {c.getValue()}
          </Text>
        ) : (
          dimmedDash
        ),
    }),
  ];
}

/**
 * The delivery log: every event posted or to be posted to the webhook, newest first, by status and
 * event; a delivery opens with its body and attempts. Failed ones are retried (picked, or all of them
 * as one job) or deleted.
 */
export function WebhookDeliveriesLog({ search, onSearchChange }: ListingPageProps<WebhooksSearch>) {
  const listing = useConnectionListing({
    query: WebhookDeliveriesQuery,
    connection: 'webhookDeliveries',
    search,
    onSearchChange,
    filter: ({ statuses, event }) => ({ statuses: statuses ?? null, event: event ?? null }),
    sortFields: { createdAt: 'CREATED_AT' },
  });
  const failed = useQuery(FailedWebhookDeliveriesQuery, { variables: { filter: ALL_FAILED } });
  const failedCount = failed.data?.webhookDeliveries.totalCount ?? 0;
  const [opened, setOpened] = useState<Row | null>(null);
  const [columns] = useState(() => deliveryColumns(setOpened));
  const [action, setAction] = useState<DeliveriesAction | null>(null);
  // The modal shows the row as the log has it now: retried or delivered meanwhile, it says so.
  const shown = opened && (listing.rows?.find((row) => row.id === opened.id) ?? opened);
  const onlyFailed = search.statuses?.length === 1 && search.statuses[0] === 'FAILED';

  const act = (kind: DeliveriesAction['kind'], delivery: Row) => {
    setOpened(null);
    setAction({ kind, target: listing.bulk.rowsTarget([delivery]) });
  };

  return (
    <Stack component="section" aria-labelledby="webhook-delivery-log">
      <Group justify="space-between">
        <Title order={3} id="webhook-delivery-log">
          Delivery log
        </Title>
        <Group gap="xs">
          <Button
            variant="subtle"
            leftSection={<IconRefresh size={16} />}
            onClick={() => {
              // Deliveries move on their own (the server posts and retries them): read the log again.
              listing.retry();
              void failed.refetch();
            }}
          >
            Refresh
          </Button>
          <Button
            variant="light"
            disabled={failedCount === 0}
            onClick={() =>
              setAction({ kind: 'retry', target: { input: { filter: ALL_FAILED, exceptIds: [] }, count: failedCount, rows: [], fromSelection: false } })
            }
          >
            Retry all failed
          </Button>
        </Group>
      </Group>
      {failedCount > 0 && (
        <Alert color="red" variant="light" icon={<IconAlertTriangle />} p="sm" title={failedCount === 1 ? '1 delivery failed' : `${failedCount} deliveries failed`}>
          <Group justify="space-between" gap="xs">
            <Text size="sm">
              Every attempt at posting {failedCount === 1 ? 'it' : 'them'} failed. Retry once the endpoint is back, or delete{' '}
              {failedCount === 1 ? 'it' : 'them'}.
            </Text>
            {!onlyFailed && (
              <Button size="xs" variant="white" color="red" onClick={() => listing.setFilters({ statuses: ['FAILED'], event: undefined })}>
                Show failed
              </Button>
            )}
          </Group>
        </Alert>
      )}
      <DataTable
        listing={listing}
        label="Webhook deliveries"
        rowLabel={(delivery) => `${delivery.event} of ${formatDate(delivery.createdAt)}`}
        columns={columns}
        filters={
          <Group align="flex-end">
            <DeliveryStatusFilter value={search.statuses} onChange={(statuses) => listing.setFilters({ statuses })} />
            <DeliveryEventFilter value={search.event} onChange={(event) => listing.setFilters({ event })} />
          </Group>
        }
        onRowClick={setOpened}
        bulkActions={[
          { label: 'Retry', onClick: (target) => setAction({ kind: 'retry', target }) },
          { label: 'Delete', color: 'red', onClick: (target) => setAction({ kind: 'delete', target }) },
        ]}
        emptyState="Nothing posted yet: events the webhook listens to, and test events, are listed here."
        noMatchState="No delivery matches the filter."
        csv="webhook-deliveries"
      />
      <WebhookDeliveryModal
        delivery={shown}
        onClose={() => setOpened(null)}
        onRetry={(delivery) => act('retry', delivery)}
        onDelete={(delivery) => act('delete', delivery)}
      />
      <DeliveriesActionModal action={action} runner={listing.bulk} onClose={() => setAction(null)} />
    </Stack>
  );
}
