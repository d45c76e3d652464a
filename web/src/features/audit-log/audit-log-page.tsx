import { Badge, Group, Select, Stack, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import dayjs from 'dayjs';
import { graphql } from '../../gql';
import type { AuditActorKind, AuditEntryForLogFragment } from '../../gql/graphql';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { type AuditLogSearch, endOfDay, startOfDay } from './audit-log-search';

export const AuditEntryForLog = graphql(`
  fragment AuditEntryForLog on AuditEntry {
    id
    occurredAt
    event
    actorKind
    actorName
    targetType
    targetName
    summary
    changes {
      field
      from
      to
    }
    requestId
  }
`);

const AuditLogQuery = graphql(`
  query AuditLog($first: Int, $after: String, $last: Int, $before: String, $filter: AuditEntryFilter, $orderBy: AuditEntryOrder) {
    auditLog(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...AuditEntryForLog
      }
    }
  }
`);

/** The kinds of events the log records, for the filter. */
export const auditEventKinds = [
  { value: 'service', label: 'Products' },
  { value: 'metric', label: 'Metrics' },
  { value: 'method', label: 'Methods' },
  { value: 'mapping_rule', label: 'Mapping rules' },
  { value: 'plan', label: 'Plans' },
  { value: 'usage_limit', label: 'Usage limits' },
  { value: 'pricing_rule', label: 'Pricing rules' },
  { value: 'feature', label: 'Features' },
  { value: 'user', label: 'Team users and sign-ins' },
  { value: 'access_token', label: 'Access tokens' },
  { value: 'tenant', label: 'Tenants' },
  { value: 'job', label: 'Jobs' },
  { value: 'webhook', label: 'Webhook settings and tests' },
  { value: 'webhook_delivery', label: 'Webhook deliveries' },
];

const actorColors: Record<AuditActorKind, string> = { USER: 'blue', TOKEN: 'grape', SYSTEM: 'gray' };
const actorLabels: Record<AuditActorKind, string> = { USER: 'user', TOKEN: 'token', SYSTEM: 'system' };

const column = dataTableColumns<AuditEntryForLogFragment>();
const columns = [
  column.accessor('occurredAt', { header: 'When', cell: (c) => <Text size="sm">{formatDate(c.getValue())}</Text> }),
  column.accessor('actorName', {
    header: 'Who',
    cell: (c) => (
      <Stack gap={2} align="flex-start">
        <Text size="sm">{c.getValue()}</Text>
        <Badge size="xs" variant="light" color={actorColors[c.row.original.actorKind]}>
          {actorLabels[c.row.original.actorKind]}
        </Badge>
      </Stack>
    ),
  }),
  column.accessor('event', { header: 'Event', cell: (c) => <Text size="sm" ff="monospace">{c.getValue()}</Text> }),
  column.accessor('summary', {
    header: 'What happened',
    meta: { csv: (summary, row) => [summary, ...row.changes.map(changeText)].join(' ') },
    cell: (c) => (
      <Stack gap={2}>
        <Text size="sm">{c.getValue()}</Text>
        {c.row.original.changes.map((change) => (
          <Text key={change.field} size="xs" c="dimmed">
            {changeText(change)}
          </Text>
        ))}
      </Stack>
    ),
  }),
  column.accessor('requestId', { header: 'Request', cell: (c) => <Text size="xs" c="dimmed" ff="monospace">{c.getValue() ?? '—'}</Text> }),
];

function changeText(change: { field: string; from?: string | null; to?: string | null }): string {
  return `${change.field}: ${change.from ?? '(none)'} → ${change.to ?? '(none)'}`;
}

/** Settings → Audit log: what every change was, who made it and when; admins only. */
export function AuditLogPage({ search, onSearchChange }: ListingPageProps<AuditLogSearch>) {
  const listing = useConnectionListing({
    query: AuditLogQuery,
    connection: 'auditLog',
    search,
    onSearchChange,
    filter: ({ q, event, from, to }) => ({
      search: q ?? null,
      event: event ?? null,
      from: from ? startOfDay(from) : null,
      to: to ? endOfDay(to) : null,
    }),
    sortFields: { occurredAt: 'OCCURRED_AT' },
  });
  const range: [Date | null, Date | null] = [search.from ? dayjs(search.from).toDate() : null, search.to ? dayjs(search.to).toDate() : null];

  return (
    <Stack>
      <Title order={2}>Audit log</Title>
      <Text c="dimmed" size="sm">
        Every change made in this tenant — in the admin, through the API or by Gatehouse itself — with who made it and when. Entries cannot be changed or deleted.
      </Text>
      <DataTable
        listing={listing}
        label="Audit log"
        rowLabel={(entry) => entry.summary}
        columns={columns}
        searchLabel="Search the log"
        filters={
          <Group align="flex-end">
            <Select
              label="Event"
              placeholder="Every event"
              data={auditEventKinds}
              value={search.event?.split('.')[0] ?? null}
              onChange={(event) => listing.setFilters({ event: event ?? undefined })}
              clearable
              w={220}
            />
            <DatePickerInput
              type="range"
              label="Days"
              placeholder="Any day"
              value={range}
              onChange={([from, to]) =>
                listing.setFilters({ from: from ? dayjs(from).format('YYYY-MM-DD') : undefined, to: to ? dayjs(to).format('YYYY-MM-DD') : undefined })
              }
              clearable
              w={260}
            />
          </Group>
        }
        emptyState="Nothing recorded yet."
        noMatchState="No entry matches the filter."
        csv="audit-log"
      />
    </Stack>
  );
}
