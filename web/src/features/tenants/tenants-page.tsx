import { useState } from 'react';
import { Badge, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { TenantForTenantsTableFragment } from '../../gql/graphql';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import type { ListSearch } from '../../components/ui/data-table/list-search';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { CreateTenantModal, type CreatedTenant } from './create-tenant-modal';
import { GeneratedPasswordModal } from './generated-password-modal';

export const TenantForTenantsTable = graphql(`
  fragment TenantForTenantsTable on Tenant {
    id
    name
    subdomain
    isMaster
    adminDomain
    createdAt
  }
`);

const TenantsQuery = graphql(`
  query Tenants(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: TenantFilter
    $orderBy: TenantOrder
  ) {
    tenants(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...TenantForTenantsTable
      }
    }
  }
`);

const column = dataTableColumns<TenantForTenantsTableFragment>();

const columns = [
  column.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Group gap="xs">
        <Text fw={500}>{c.getValue()}</Text>
        {c.row.original.isMaster && (
          <Badge size="xs" variant="light">
            master
          </Badge>
        )}
      </Group>
    ),
  }),
  column.accessor('subdomain', { header: 'Subdomain', cell: (c) => <Code>{c.getValue()}</Code> }),
  column.accessor('adminDomain', { header: 'Admin portal', cell: (c) => c.getValue() ?? '—' }),
  column.accessor('createdAt', { header: 'Created', cell: (c) => formatDate(c.getValue()) }),
];

export function TenantsPage({ search, onSearchChange }: ListingPageProps<ListSearch>) {
  const listing = useConnectionListing({
    query: TenantsQuery,
    connection: 'tenants',
    search,
    onSearchChange,
    filter: ({ q }) => ({ search: q ?? null }),
    sortFields: { name: 'NAME', createdAt: 'CREATED_AT' },
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedTenant | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Tenants</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          Create tenant
        </Button>
      </Group>
      <DataTable
        listing={listing}
        label="Tenants"
        rowLabel={(tenant) => tenant.name}
        columns={columns}
        searchLabel="Search tenants"
        emptyState="No tenants yet."
        noMatchState="No tenant matches the search."
        csv="tenants"
      />
      <CreateTenantModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <GeneratedPasswordModal created={created} onClose={() => setCreated(null)} />
    </Stack>
  );
}
