import { useMemo, useState } from 'react';
import { Badge, Button, Code, Group, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useApolloClient, useQuery } from '@apollo/client/react';
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
import { RevokeAccessTokensModal, revocableFilter, type RevokeTarget } from './revoke-access-tokens-modal';

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

/** How many tokens "select all matching" selects: the active ones among those the filter matches. */
const RevocableAccessTokenCountQuery = graphql(`
  query RevocableAccessTokenCount($filter: AccessTokenFilter) {
    accessTokens(first: 1, filter: $filter) {
      totalCount
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
  // Only active tokens can be revoked, so only they can be selected. When the filter shows other
  // states too, a second count says how many of the matching tokens "select all" means.
  const revocable = revocableFilter(filter);
  const onlyActive = search.states?.length === 1 && search.states[0] === 'ACTIVE';
  const revocableCount = useQuery(RevocableAccessTokenCountQuery, {
    variables: { filter: revocable },
    skip: !revocable || onlyActive,
  });
  // Unknown while loading: 0, so "select all" offers no number rather than a wrong one.
  const selectableCount =
    (!revocable
      ? 0
      : onlyActive
        ? connection?.totalCount
        : (revocableCount.data ?? revocableCount.previousData)?.accessTokens.totalCount) ?? 0;
  const fetchExportPage = useFullListPages(AccessTokensQuery, { filter, orderBy }, (d) => d.accessTokens);
  // A new filter starts again from the first page.
  const refilter = (next: Partial<AccessTokensSearch>) =>
    onSearchChange({ ...search, ...next, after: undefined, before: undefined });
  const [creating, setCreating] = useState(false);
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  // The selection a bulk revoke came from travels with it, so only that revoke clears it.
  const [revoking, setRevoking] = useState<{ target: RevokeTarget; clearSelection?: () => void } | null>(null);
  const client = useApolloClient();
  const refreshAfterRevoke = () => {
    // Revoked tokens leave an "active" listing and change every count: drop every cached page and
    // count of the listing; the ones on screen fetch again.
    client.cache.evict({ id: 'ROOT_QUERY', fieldName: 'accessTokens' });
    client.cache.gc();
  };

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
            onClick={() => setRevoking({ target: { kind: 'tokens', tokens: [row.original] } })}
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
        rowLabel={(token) => token.name}
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
        canSelectRow={(token) => token.state === 'ACTIVE'}
        selectableCount={selectableCount}
        bulkActions={(selection) => (
          <Button
            size="xs"
            color="red"
            variant="light"
            onClick={() =>
              setRevoking({
                target:
                  selection.mode === 'rows'
                    ? { kind: 'tokens', tokens: selection.rows }
                    : { kind: 'all', filter, excludedIds: selection.excludedIds, count: selection.count },
                clearSelection: selection.clear,
              })
            }
          >
            Revoke selected
          </Button>
        )}
      />
      <CreateAccessTokenModal opened={creating} onClose={() => setCreating(false)} onCreated={setCreated} />
      <TokenShownOnceModal created={created} onClose={() => setCreated(null)} />
      <RevokeAccessTokensModal
        target={revoking?.target ?? null}
        onClose={() => setRevoking(null)}
        onRevoked={() => {
          revoking?.clearSelection?.();
          refreshAfterRevoke();
        }}
      />
    </Stack>
  );
}
