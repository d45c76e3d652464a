import { useState } from 'react';
import { Badge, Button, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { AccessTokenForTokensTableFragment } from '../../gql/graphql';
import { DataTable } from '../../components/ui/data-table/data-table';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { permissionLabels, scopeLabels, stateColors, stateLabels } from './access-token-labels';
import { AccessTokenStateFilter } from './access-token-state-filter';
import type { AccessTokensSearch } from './access-tokens-search';
import { CreateAccessTokenModal } from './create-access-token-modal';
import { TokenShownOnceModal } from './token-shown-once-modal';
import { RevokeAccessTokensModal, type RevokeTarget } from './revoke-access-tokens-modal';
import { revocableFilter } from './revoke-access-tokens';

export const AccessTokenForTokensTable = graphql(`
  fragment AccessTokenForTokensTable on AccessToken {
    id
    name
    scopes
    permission
    state
    prefix
    expiresAt
    lastUsedAt
    createdAt
  }
`);

const AccessTokensQuery = graphql(`
  query AccessTokens(
    $first: Int
    $after: String
    $last: Int
    $before: String
    $filter: AccessTokenFilter
    $orderBy: AccessTokenOrder
  ) {
    accessTokens(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...AccessTokenForTokensTable
      }
    }
  }
`);

const column = dataTableColumns<AccessTokenForTokensTableFragment>();

const columns = [
  column.accessor('name', { header: 'Name', cell: (c) => <Text fw={500}>{c.getValue()}</Text> }),
  column.accessor('scopes', {
    header: 'Scopes',
    meta: { csv: (scopes) => scopes.map((scope) => scopeLabels[scope]).join(', ') },
    cell: (c) => (
      <Group gap={4}>
        {c.getValue().map((scope) => (
          <Badge key={scope} variant="light" size="sm">
            {scopeLabels[scope]}
          </Badge>
        ))}
      </Group>
    ),
  }),
  column.accessor('permission', {
    header: 'Permission',
    cell: (c) => permissionLabels[c.getValue()],
    meta: { csv: (permission) => permissionLabels[permission] },
  }),
  column.accessor('state', {
    header: 'State',
    meta: { csv: (state) => stateLabels[state] },
    cell: (c) => (
      <Badge color={stateColors[c.getValue()]} variant="dot">
        {c.getValue().toLowerCase()}
      </Badge>
    ),
  }),
  column.accessor('prefix', { header: 'Prefix', cell: (c) => <Code>{c.getValue()}…</Code> }),
  column.accessor('expiresAt', {
    header: 'Expires',
    cell: (c) => formatDate(c.getValue(), 'Never'),
    meta: { csv: (at) => at ?? 'Never' },
  }),
  column.accessor('lastUsedAt', {
    header: 'Last used',
    cell: (c) => formatDate(c.getValue(), 'Never'),
    meta: { csv: (at) => at ?? 'Never' },
  }),
  column.accessor('createdAt', { header: 'Created', cell: (c) => formatDate(c.getValue()) }),
];

export function AccessTokensPage({ search, onSearchChange }: ListingPageProps<AccessTokensSearch>) {
  const listing = useConnectionListing({
    query: AccessTokensQuery,
    connection: 'accessTokens',
    search,
    onSearchChange,
    filter: ({ q, states }) => ({ search: q ?? null, states: states ?? null }),
    sortFields: { name: 'NAME', createdAt: 'CREATED_AT' },
    // Only active tokens can be revoked, so only they can be selected.
    selectable: { row: (token) => token.state === 'ACTIVE', filter: revocableFilter },
  });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revoking, setRevoking] = useState<RevokeTarget | null>(null);

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Access tokens</Title>
        <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
          Create access token
        </Button>
      </Group>
      <Text c="dimmed" size="sm">
        Tokens let integrations call the GraphQL API as you, limited to the scopes and permission you pick.
      </Text>
      <DataTable
        listing={listing}
        label="Access tokens"
        rowLabel={(token) => token.name}
        columns={columns}
        searchLabel="Search tokens"
        filters={<AccessTokenStateFilter value={search.states} onChange={(states) => listing.setFilters({ states })} />}
        emptyState="No access tokens yet."
        noMatchState="No token matches the filter."
        csv="access-tokens"
        rowActions={[
          {
            label: 'Revoke',
            color: 'red',
            hidden: (token) => token.state === 'REVOKED',
            onClick: (token) => setRevoking(listing.bulk.rowsTarget([token])),
          },
        ]}
        bulkActions={[{ label: 'Revoke selected', color: 'red', onClick: setRevoking }]}
      />
      {/* Mounted while open only: its form (and date picker) stay out of the page's first render. */}
      {creating && <CreateAccessTokenModal opened onClose={() => setCreating(false)} onCreated={setCreated} />}
      <TokenShownOnceModal created={created} onClose={() => setCreated(null)} />
      <RevokeAccessTokensModal target={revoking} runner={listing.bulk} onClose={() => setRevoking(null)} />
    </Stack>
  );
}
