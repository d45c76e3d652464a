import { Anchor, Badge, Group, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { ApplicationFilter, ApplicationForApplicationsTableFragment } from '../../gql/graphql';
import { ChipFilter } from '../../components/ui/chip-filter';
import { BulkOperations, useBulkOperations } from '../../components/ui/data-table/bulk-operations-ui';
import { DataTable } from '../../components/ui/data-table/data-table';
import { ExportButton } from '../../components/ui/data-table/export-button';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { useApplicationsExport } from '../../lib/exports';
import { useApplicationBulkOperations } from './application-bulk-operations';
import { applicationStateLabels, applicationStates } from './application-labels';
import { ApplicationStateBadge } from './application-state-badge';
import type { ApplicationsSearch } from './applications-search';
import { useProductOptions } from './product-options-query';

export const ApplicationForApplicationsTable = graphql(`
  fragment ApplicationForApplicationsTable on Application {
    id
    name
    state
    paid
    createdAt
    lastTrafficAt
    account {
      id
      orgName
    }
    service {
      id
      name
    }
    plan {
      id
      name
    }
  }
`);

const ApplicationsQuery = graphql(`
  query Applications($first: Int, $after: String, $last: Int, $before: String, $filter: ApplicationFilter, $orderBy: ApplicationOrder) {
    applications(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...ApplicationForApplicationsTable
      }
    }
  }
`);

type ApplicationRow = ApplicationForApplicationsTableFragment;

const column = dataTableColumns<ApplicationRow>();
const rowLabel = (application: ApplicationRow) => application.name;
const nowrap = { whiteSpace: 'nowrap' } as const;

const columns = [
  column.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Anchor fw={500} size="sm" renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: c.row.original.id }} />}>
        {c.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('state', { header: 'State', cell: (c) => <ApplicationStateBadge state={c.getValue()} /> }),
  column.accessor('account', {
    header: 'Account',
    cell: (c) => (
      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: c.getValue().id }} />}>
        {c.getValue().orgName}
      </Anchor>
    ),
  }),
  column.accessor('service', { header: 'Product', cell: (c) => <Text size="sm">{c.getValue().name}</Text> }),
  column.accessor('plan', { header: 'Plan', cell: (c) => <Text size="sm">{c.getValue().name}</Text> }),
  column.accessor('paid', {
    header: 'Paid?',
    cell: (c) =>
      c.getValue() ? (
        <Badge size="sm" variant="light" color="grape">
          Paid
        </Badge>
      ) : (
        <Text size="sm" c="dimmed">
          Free
        </Text>
      ),
  }),
  column.accessor('createdAt', {
    header: 'Created at',
    cell: (c) => (
      <Text size="sm" style={nowrap}>
        {formatDate(c.getValue())}
      </Text>
    ),
  }),
  column.accessor('lastTrafficAt', {
    header: 'Traffic on',
    cell: (c) => (
      <Text size="sm" style={nowrap} c={c.getValue() ? undefined : 'dimmed'}>
        {formatDate(c.getValue())}
      </Text>
    ),
  }),
];

const paidOptions = [
  { value: 'true', label: 'Paid' },
  { value: 'false', label: 'Free' },
];

type ApplicationsPageProps = ListingPageProps<ApplicationsSearch>;

/**
 * Every application of the tenant's developer accounts: state, account, product, plan, whether it
 * pays, and when it last had traffic; search by name or exact key, filters, and bulk operations.
 */
export function ApplicationsPage({ search, onSearchChange }: ApplicationsPageProps) {
  const listing = useConnectionListing({
    query: ApplicationsQuery,
    connection: 'applications',
    search,
    onSearchChange,
    filter: ({ q, states, product, paid, account }): ApplicationFilter => ({
      search: q ?? null,
      states: states ?? null,
      service: product ?? null,
      paid: paid ?? null,
      account: account ?? null,
    }),
    sortFields: { name: 'NAME', createdAt: 'CREATED_AT', state: 'STATE' },
  });
  const products = useProductOptions();
  const startExport = useApplicationsExport(listing.filter);
  const bulk = useBulkOperations({
    runner: listing.bulk,
    config: useApplicationBulkOperations(),
    rowLabel,
    // The applications changed may be cached from their pages: those load again when opened.
    detailField: 'application',
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Applications</Title>
        <ExportButton start={startExport} disabled={listing.totalCount === 0} />
      </Group>
      <Text c="dimmed" size="sm">
        Developer accounts&apos; applications: each gives one account access to one product on an application plan, with its credentials.
      </Text>
      {search.account && (
        <Text size="sm">
          Only one account&apos;s applications.{' '}
          <Anchor size="sm" component="button" type="button" onClick={() => listing.setFilters({ account: undefined })}>
            Show every account&apos;s
          </Anchor>
        </Text>
      )}
      <BulkOperations {...bulk.dialog} />
      <DataTable
        listing={listing}
        label="Applications"
        rowLabel={rowLabel}
        columns={columns}
        searchLabel="Search by name or key"
        filters={
          <>
            <ChipFilter label="State" options={applicationStates} labels={applicationStateLabels} value={search.states} onChange={(states) => listing.setFilters({ states })} />
            <Select
              label="Product"
              placeholder="Every product"
              data={products.options}
              value={search.product ?? null}
              onChange={(product) => listing.setFilters({ product: product ?? undefined })}
              clearable
              searchable
              w={200}
            />
            <Select
              label="Paid?"
              placeholder="Paid or free"
              data={paidOptions}
              value={search.paid === undefined ? null : String(search.paid)}
              onChange={(paid) => listing.setFilters({ paid: paid === null ? undefined : paid === 'true' })}
              clearable
              w={140}
            />
          </>
        }
        emptyState="No applications yet: create one on a developer account's page."
        noMatchState="No application matches the filters."
        bulkActions={bulk.actions}
      />
    </Stack>
  );
}
