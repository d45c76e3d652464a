import { useState } from 'react';
import { Alert, Anchor, Code, Stack, Text, Title } from '@mantine/core';
import { IconInfoCircle } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { OutboxMessageForOutboxFragment } from '../../gql/graphql';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { outboxStatusLabels } from './outbox-labels';
import { OutboxMessageModal } from './outbox-message-modal';
import type { OutboxSearch } from './outbox-search';
import { OutboxStatusBadge } from './outbox-status-badge';
import { OutboxStatusFilter } from './outbox-status-filter';

export const OutboxMessageForOutbox = graphql(`
  fragment OutboxMessageForOutbox on OutboxMessage {
    id
    status
    toAddress
    subject
    attempts
    createdAt
    sentAt
    nextAttemptAt
    lastError
    type
    textBody
    htmlBody
  }
`);

const OutboxQuery = graphql(`
  query Outbox($first: Int, $after: String, $last: Int, $before: String, $filter: OutboxMessageFilter, $orderBy: OutboxMessageOrder) {
    outbox(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...OutboxMessageForOutbox
      }
    }
  }
`);

type Row = OutboxMessageForOutboxFragment;

/** Columns that open the message are told by `open`: the subject is the row's keyboard-reachable way in. */
function outboxColumns(open: (message: Row) => void) {
  const column = dataTableColumns<Row>();
  return [
    column.accessor('status', {
      header: 'Status',
      meta: { csv: (status) => outboxStatusLabels[status] },
      cell: (c) => <OutboxStatusBadge status={c.getValue()} />,
    }),
    column.accessor('toAddress', { header: 'To', cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
    column.accessor('subject', {
      header: 'Subject',
      cell: (c) => (
        <Anchor component="button" type="button" size="sm" ta="left" onClick={() => open(c.row.original)}>
          {c.getValue()}
        </Anchor>
      ),
    }),
    column.accessor('attempts', { header: 'Attempts', cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
    column.accessor('createdAt', { header: 'Written', cell: (c) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(c.getValue())}</Text> }),
    column.accessor('sentAt', {
      header: 'Sent',
      meta: { csv: (at) => at ?? '' },
      cell: (c) => <Text size="sm" style={{ whiteSpace: 'nowrap' }}>{formatDate(c.getValue())}</Text>,
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
          <Text size="sm" c="dimmed">
            —
          </Text>
        ),
    }),
  ];
}

/** Settings → Outbox: the email Gatehouse sent or will send to the team, and why some stays here; admins only. */
export function OutboxPage({ search, onSearchChange }: ListingPageProps<OutboxSearch>) {
  const listing = useConnectionListing({
    query: OutboxQuery,
    connection: 'outbox',
    search,
    onSearchChange,
    filter: ({ q, statuses }) => ({ search: q ?? null, statuses: statuses ?? null }),
    sortFields: { createdAt: 'CREATED_AT' },
  });
  const [opened, setOpened] = useState<Row | null>(null);
  const [columns] = useState(() => outboxColumns(setOpened));

  return (
    <Stack>
      <Title order={2}>Outbox</Title>
      <Text c="dimmed" size="sm">
        The email notifications Gatehouse sends to your team, as each recipient&apos;s preferences ask. Failed attempts are retried
        on a schedule; open a message to see exactly what was sent.
      </Text>
      <Alert variant="light" color="orange" icon={<IconInfoCircle />} title="Held mail" p="sm">
        <Text size="sm">
          <strong>Held</strong> mail was written while no mail server was configured: the server runs without <Code>SMTP_URL</Code>, so
          email is kept here instead of being sent, and stays here. Set <Code>SMTP_URL</Code> (e.g.{' '}
          <Code>smtps://user:password@mail.example.com</Code>) and restart the server to send new mail.
        </Text>
      </Alert>
      <DataTable
        listing={listing}
        label="Outbox"
        rowLabel={(message) => `${message.subject} to ${message.toAddress}`}
        columns={columns}
        searchLabel="Search recipient or subject"
        filters={<OutboxStatusFilter value={search.statuses} onChange={(statuses) => listing.setFilters({ statuses })} />}
        onRowClick={setOpened}
        emptyState="No email yet."
        noMatchState="No email matches the filter."
        csv="outbox"
      />
      <OutboxMessageModal message={opened} onClose={() => setOpened(null)} />
    </Stack>
  );
}
