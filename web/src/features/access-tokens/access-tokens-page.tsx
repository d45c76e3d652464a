import { useMemo, useState } from 'react';
import { Badge, Button, Code, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { createColumnHelper } from '@tanstack/react-table';
import { IconPlus } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { AccessTokenFilter, AccessTokenForTokensTableFragment, AccessTokenOrderField } from '../../gql/graphql';
import { DataTable, type DataTableFeatures } from '../../components/ui/data-table';
import { SearchFilter } from '../../components/ui/search-filter';
import { connectionArgs, parseSort } from '../../components/ui/list-search';
import { formatDate } from '../../components/ui/format-date';
import { useFullListPages } from '../../lib/connection-pages';
import { permissionLabels, scopeLabels, stateColors, stateLabels } from './access-token-labels';
import { AccessTokenStateFilter } from './access-token-state-filter';
import type { AccessTokensSearch } from './access-tokens-search';
import { CreateAccessTokenModal } from './create-access-token-modal';
import { TokenShownOnceModal } from './token-shown-once-modal';
import { RevokeAccessTokensModal, type RevokeTarget } from './revoke-access-tokens-modal';

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

type Row = AccessTokenForTokensTableFragment;
const orderFields: readonly AccessTokenOrderField[] = ['NAME', 'CREATED_AT'];
const sortFields: Record<string, AccessTokenOrderField> = { name: 'NAME', createdAt: 'CREATED_AT' };
const helper = createColumnHelper<DataTableFeatures, Row>();

interface AccessTokensPageProps {
  search: AccessTokensSearch;
  onSearchChange: (next: AccessTokensSearch) => void;
}

export function AccessTokensPage({ search, onSearchChange }: AccessTokensPageProps) {
  const filter: AccessTokenFilter = { search: search.q ?? null, states: search.states ?? null };
  const orderBy = parseSort(search.sort, orderFields) ?? null;
  const { data, previousData, loading, error, refetch } = useQuery(AccessTokensQuery, {
    variables: { ...connectionArgs(search), filter, orderBy },
    notifyOnNetworkStatusChange: true,
  });
  const connection = (data ?? previousData)?.accessTokens;
  const fetchExportPage = useFullListPages(AccessTokensQuery, { filter, orderBy }, (d) => d.accessTokens);
  // A new filter starts again from the first page.
  const refilter = (next: Partial<AccessTokensSearch>) =>
    onSearchChange({ ...search, ...next, after: undefined, before: undefined });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  const [revokeTarget, setRevokeTarget] = useState<RevokeTarget | null>(null);
  const [clearSelection, setClearSelection] = useState<(() => void) | null>(null);

  const columns = useMemo(
    () => [
    helper.accessor('name', { header: 'Name', cell: (c) => <Text fw={500}>{c.getValue()}</Text> }),
    helper.accessor('scopes', {
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
    helper.accessor('permission', {
      header: 'Permission',
      cell: (c) => permissionLabels[c.getValue()],
      meta: { csv: (permission) => permissionLabels[permission] },
    }),
    helper.accessor('state', {
      header: 'State',
      meta: { csv: (state) => stateLabels[state] },
      cell: (c) => (
        <Badge color={stateColors[c.getValue()]} variant="dot">
          {c.getValue().toLowerCase()}
        </Badge>
      ),
    }),
    helper.accessor('prefix', { header: 'Prefix', cell: (c) => <Code>{c.getValue()}…</Code> }),
    helper.accessor('expiresAt', {
      header: 'Expires',
      cell: (c) => formatDate(c.getValue(), 'Never'),
      meta: { csv: (at) => at ?? 'Never' },
    }),
    helper.accessor('lastUsedAt', {
      header: 'Last used',
      cell: (c) => formatDate(c.getValue(), 'Never'),
      meta: { csv: (at) => at ?? 'Never' },
    }),
    helper.accessor('createdAt', { header: 'Created', cell: (c) => formatDate(c.getValue()) }),
    helper.display({
      id: 'actions',
      header: () => <VisuallyHidden>Actions</VisuallyHidden>,
      cell: ({ row }) =>
        row.original.state === 'REVOKED' ? null : (
          <Button
            size="xs"
            variant="subtle"
            color="red"
            aria-label={`Revoke ${row.original.name}`}
            onClick={() => setRevokeTarget({ kind: 'tokens', tokens: [row.original] })}
          >
            Revoke
          </Button>
        ),
    }),
    ],
    [],
  );

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
        label="Access tokens"
        columns={columns}
        rows={connection?.nodes}
        totalCount={connection?.totalCount}
        pageInfo={connection?.pageInfo}
        loading={loading}
        error={error}
        onRetry={() => void refetch()}
        search={search}
        onSearchChange={(next) => onSearchChange({ ...search, ...next })}
        sortFields={sortFields}
        toolbar={
          <>
            <SearchFilter label="Search tokens" value={search.q} onChange={(q) => refilter({ q })} />
            <AccessTokenStateFilter value={search.states} onChange={(states) => refilter({ states })} />
          </>
        }
        emptyState={search.q || search.states ? 'No token matches the filter.' : 'No access tokens yet.'}
        csv={{ name: 'access-tokens', fetchPage: fetchExportPage }}
        bulkActions={(selection) => (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() => {
              setClearSelection(() => selection.clear);
              setRevokeTarget(
                selection.mode === 'rows'
                  ? { kind: 'tokens', tokens: selection.rows }
                  : { kind: 'all-matching', count: selection.count, filter },
              );
            }}
          >
            Revoke selected
          </Button>
        )}
      />
      <CreateAccessTokenModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <TokenShownOnceModal created={created} onClose={() => setCreated(null)} />
      <RevokeAccessTokensModal
        target={revokeTarget}
        onClose={() => setRevokeTarget(null)}
        onRevoked={() => {
          clearSelection?.();
          setClearSelection(null);
          if (revokeTarget?.kind === 'all-matching') void refetch();
        }}
      />
    </Stack>
  );
}
