import { useState } from 'react';
import { Anchor, Badge, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { ProductForProductsTableFragment } from '../../gql/graphql';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import type { ListSearch } from '../../components/ui/data-table/list-search';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { CreateProductModal } from './create-product-modal';
import { authModeLabels } from './catalog-labels';

export const ProductForProductsTable = graphql(`
  fragment ProductForProductsTable on Service {
    id
    name
    systemName
    authMode
    state
    metricCount
    methodCount
    createdAt
  }
`);

const ProductsQuery = graphql(`
  query Products($first: Int, $after: String, $last: Int, $before: String, $filter: ServiceFilter, $orderBy: ServiceOrder) {
    services(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...ProductForProductsTable
      }
    }
  }
`);

const column = dataTableColumns<ProductForProductsTableFragment>();

const columns = [
  column.accessor('name', {
    header: 'Name',
    cell: (c) => (
      <Group gap="xs">
        <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/products/$productId" params={{ productId: c.row.original.id }} />}>
          {c.getValue()}
        </Anchor>
        {c.row.original.state === 'SUSPENDED' && (
          <Badge size="xs" color="orange" variant="light">
            suspended
          </Badge>
        )}
      </Group>
    ),
  }),
  column.accessor('systemName', { header: 'System name', cell: (c) => <Code>{c.getValue()}</Code> }),
  column.accessor('authMode', { header: 'Authentication', cell: (c) => authModeLabels[c.getValue()] }),
  column.accessor('metricCount', { header: 'Metrics', cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
  column.accessor('methodCount', { header: 'Methods', cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
  column.accessor('createdAt', { header: 'Created', cell: (c) => formatDate(c.getValue()) }),
];

export function ProductsPage({ search, onSearchChange }: ListingPageProps<ListSearch>) {
  const listing = useConnectionListing({
    query: ProductsQuery,
    connection: 'services',
    search,
    onSearchChange,
    filter: ({ q }) => ({ search: q ?? null }),
    sortFields: { name: 'NAME', createdAt: 'CREATED_AT' },
  });
  const [creating, setCreating] = useState(false);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Products</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          Create product
        </Button>
      </Group>
      <DataTable
        listing={listing}
        label="Products"
        rowLabel={(product) => product.name}
        columns={columns}
        searchLabel="Search products"
        emptyState="No products yet."
        noMatchState="No product matches the search."
        csv="products"
      />
      <CreateProductModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
