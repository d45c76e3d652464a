import { useMemo, useState } from 'react';
import { Badge, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { IconPlus } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { TenantForTenantsTableFragment, TenantOrderField } from '../../gql/graphql';
import { DataTable, type DataTableFeatures } from '../../components/ui/data-table';
import { SearchFilter } from '../../components/ui/search-filter';
import { connectionArgs, parseSort, type ListSearch } from '../../components/ui/list-search';
import { formatDate } from '../../components/ui/format-date';
import { useFullListPages } from '../../lib/connection-pages';
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

type Row = TenantForTenantsTableFragment;
const orderFields: readonly TenantOrderField[] = ['NAME', 'CREATED_AT'];
const sortFields: Record<string, TenantOrderField> = { name: 'NAME', createdAt: 'CREATED_AT' };
const helper = createColumnHelper<DataTableFeatures, Row>();

interface TenantsPageProps {
  search: ListSearch;
  onSearchChange: (next: ListSearch) => void;
}

export function TenantsPage({ search, onSearchChange }: TenantsPageProps) {
  const filter = { search: search.q ?? null };
  const orderBy = parseSort(search.sort, orderFields) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(TenantsQuery, {
    variables: { ...connectionArgs(search), filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.tenants;
  const fetchExportPage = useFullListPages(TenantsQuery, { filter, orderBy }, (d) => d.tenants);
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<CreatedTenant | null>(null);

  const columns = useMemo(
    () => [
      helper.accessor('name', {
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
      helper.accessor('subdomain', { header: 'Subdomain', cell: (c) => <Code>{c.getValue()}</Code> }),
      helper.accessor('adminDomain', { header: 'Admin portal', cell: (c) => c.getValue() ?? '—' }),
      helper.accessor('createdAt', { header: 'Created', cell: (c) => formatDate(c.getValue()) }),
    ],
    [],
  );

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Tenants</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          Create tenant
        </Button>
      </Group>
      <DataTable
        label="Tenants"
        rowLabel={(tenant) => tenant.name}
        columns={columns}
        rows={connection?.nodes}
        totalCount={connection?.totalCount}
        pageInfo={connection?.pageInfo}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        search={search}
        onSearchChange={onSearchChange}
        sortFields={sortFields}
        toolbar={
          <SearchFilter
            label="Search tenants"
            value={search.q}
            onChange={(q) => onSearchChange({ ...search, q, after: undefined, before: undefined })}
          />
        }
        emptyState={search.q ? 'No tenant matches the search.' : 'No tenants yet.'}
        csv={{ name: 'tenants', fetchPage: fetchExportPage }}
      />
      <CreateTenantModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <GeneratedPasswordModal created={created} onClose={() => setCreated(null)} />
    </Stack>
  );
}
