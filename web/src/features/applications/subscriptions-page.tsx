import { Anchor, Group, Select, Stack, Text, Title } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { ServiceSubscriptionFilter, SubscriptionForSubscriptionsTableFragment } from '../../gql/graphql';
import { ChipFilter } from '../../components/ui/chip-filter';
import { BulkOperations, useBulkOperations } from '../../components/ui/data-table/bulk-operations-ui';
import { DataTable } from '../../components/ui/data-table/data-table';
import { ExportButton } from '../../components/ui/data-table/export-button';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { useSubscriptionsExport } from '../../lib/exports';
import { useSubscriptionBulkOperations } from './application-bulk-operations';
import { applicationStateLabels, applicationStates } from './application-labels';
import { ApplicationStateBadge } from './application-state-badge';
import { useProductOptions } from './product-options-query';
import type { SubscriptionsSearch } from './subscriptions-search';

export const SubscriptionForSubscriptionsTable = graphql(`
  fragment SubscriptionForSubscriptionsTable on ServiceSubscription {
    id
    state
    createdAt
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

const SubscriptionsQuery = graphql(`
  query ServiceSubscriptions(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: ServiceSubscriptionFilter
    $orderBy: ServiceSubscriptionOrder
  ) {
    serviceSubscriptions(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...SubscriptionForSubscriptionsTable
      }
    }
  }
`);

type SubscriptionRow = SubscriptionForSubscriptionsTableFragment;

const column = dataTableColumns<SubscriptionRow>();
const rowLabel = (subscription: SubscriptionRow) => `${subscription.account.orgName} · ${subscription.service.name}`;

const columns = [
  column.accessor('account', {
    header: 'Account',
    cell: (c) => (
      <Anchor fw={500} size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: c.getValue().id }} />}>
        {c.getValue().orgName}
      </Anchor>
    ),
  }),
  column.accessor('service', { header: 'Product', cell: (c) => <Text size="sm">{c.getValue().name}</Text> }),
  column.accessor('plan', { header: 'Plan', cell: (c) => <Text size="sm">{c.getValue().name}</Text> }),
  column.accessor('state', { header: 'State', cell: (c) => <ApplicationStateBadge state={c.getValue()} testId="subscription-state" /> }),
  column.accessor('createdAt', {
    header: 'Created',
    cell: (c) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(c.getValue())}
      </Text>
    ),
  }),
];

type SubscriptionsPageProps = ListingPageProps<SubscriptionsSearch>;

/** Developer accounts' subscriptions to products, on service plans; filters by state and product, and bulk operations. */
export function SubscriptionsPage({ search, onSearchChange }: SubscriptionsPageProps) {
  const listing = useConnectionListing({
    query: SubscriptionsQuery,
    connection: 'serviceSubscriptions',
    search,
    onSearchChange,
    filter: ({ states, product }): ServiceSubscriptionFilter => ({ states: states ?? null, service: product ?? null }),
    sortFields: { createdAt: 'CREATED_AT', state: 'STATE' },
  });
  const products = useProductOptions();
  const startExport = useSubscriptionsExport(listing.filter);
  const bulk = useBulkOperations({
    runner: listing.bulk,
    config: useSubscriptionBulkOperations(),
    rowLabel,
    // Account pages cached show the subscriptions changed: those load again when opened.
    detailField: 'account',
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Subscriptions</Title>
        <ExportButton start={startExport} disabled={listing.totalCount === 0} />
      </Group>
      <Text c="dimmed" size="sm">
        Which developer accounts are subscribed to which products, on which service plan. An account is subscribed when it gets its first
        application of a product, or by hand on its page.
      </Text>
      <BulkOperations {...bulk.dialog} />
      <DataTable
        listing={listing}
        label="Subscriptions"
        rowLabel={rowLabel}
        columns={columns}
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
          </>
        }
        emptyState="No subscriptions yet."
        noMatchState="No subscription matches the filters."
        bulkActions={bulk.actions}
      />
    </Stack>
  );
}
