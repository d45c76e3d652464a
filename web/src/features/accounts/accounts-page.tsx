import { useState } from 'react';
import { Anchor, Button, Group, Stack, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { AccountForAccountsTableFragment } from '../../gql/graphql';
import { BulkOperations, useBulkOperations } from '../../components/ui/data-table/bulk-operations-ui';
import { DataTable } from '../../components/ui/data-table/data-table';
import { ExportButton } from '../../components/ui/data-table/export-button';
import { dataTableColumns } from '../../components/ui/data-table/data-table-columns';
import { useConnectionListing } from '../../components/ui/data-table/use-connection-listing';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { formatDate } from '../../components/ui/format-date';
import { useAccountsExport } from '../../lib/exports';
import { useAccountBulkOperations } from './account-bulk-operations';
import { AccountFilters } from './account-filters';
import { AccountStateBadge } from './account-state-badge';
import type { AccountsSearch } from './accounts-search';
import { CreateAccountModal } from './create-account-modal';

export const AccountForAccountsTable = graphql(`
  fragment AccountForAccountsTable on Account {
    id
    orgName
    state
    createdAt
    applicationCount
    plan {
      id
      name
    }
    adminUser {
      id
      username
      email
    }
  }
`);

const AccountsQuery = graphql(`
  query Accounts($first: Int, $after: String, $last: Int, $before: String, $filter: AccountFilter, $orderBy: AccountOrder) {
    accounts(first: $first, after: $after, last: $last, before: $before, filter: $filter, orderBy: $orderBy) {
      totalCount
      pageInfo {
        hasNextPage
        hasPreviousPage
        startCursor
        endCursor
      }
      nodes {
        id
        ...AccountForAccountsTable
      }
    }
  }
`);

const column = dataTableColumns<AccountForAccountsTableFragment>();
const rowLabel = (account: AccountForAccountsTableFragment) => account.orgName;

const columns = [
  column.accessor('orgName', {
    header: 'Organization',
    cell: (c) => (
      <Anchor fw={500} renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: c.row.original.id }} />}>
        {c.getValue()}
      </Anchor>
    ),
  }),
  column.accessor('adminUser', {
    header: 'Admin',
    cell: (c) => {
      const admin = c.getValue();
      if (!admin) return <Text size="sm" c="dimmed">—</Text>;
      return (
        <Stack gap={0}>
          <Text size="sm">{admin.username}</Text>
          <Text size="xs" c="dimmed">
            {admin.email}
          </Text>
        </Stack>
      );
    },
  }),
  column.accessor('createdAt', {
    header: 'Signup date',
    cell: (c) => (
      <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
        {formatDate(c.getValue())}
      </Text>
    ),
  }),
  column.accessor('plan', { header: 'Plan', cell: (c) => <Text size="sm">{c.getValue().name}</Text> }),
  column.accessor('applicationCount', { header: 'Apps', cell: (c) => <Text size="sm">{c.getValue()}</Text> }),
  column.accessor('state', { header: 'State', cell: (c) => <AccountStateBadge state={c.getValue()} /> }),
];

/**
 * Developer accounts: who signed up or was created, on which plan and in which state, with how many
 * applications; search, filters, creating one, and bulk operations on a selection (email, plan, state).
 */
export function AccountsPage({ search, onSearchChange }: ListingPageProps<AccountsSearch>) {
  const listing = useConnectionListing({
    query: AccountsQuery,
    connection: 'accounts',
    search,
    onSearchChange,
    filter: ({ q, states, plan }) => ({ search: q ?? null, states: states ?? null, plan: plan ?? null }),
    sortFields: { createdAt: 'CREATED_AT', orgName: 'ORG_NAME', state: 'STATE' },
  });
  const startExport = useAccountsExport(listing.filter);
  const [creating, setCreating] = useState(false);
  const bulk = useBulkOperations({
    runner: listing.bulk,
    config: useAccountBulkOperations(),
    rowLabel,
    // The accounts changed may be cached from their pages: those load again when opened.
    detailField: 'account',
  });

  return (
    <Stack>
      <Group justify="space-between">
        <Title order={2}>Accounts</Title>
        <Group>
          <ExportButton start={startExport} disabled={listing.totalCount === 0} />
          <Button leftSection={<IconPlus size={16} />} onClick={() => setCreating(true)}>
            Create account
          </Button>
        </Group>
      </Group>
      <Text c="dimmed" size="sm">
        Developer accounts: the organizations that use your APIs, with their admin user, account plan and state.
      </Text>
      <BulkOperations {...bulk.dialog} />
      <DataTable
        listing={listing}
        label="Accounts"
        rowLabel={rowLabel}
        columns={columns}
        searchLabel="Search accounts"
        filters={<AccountFilters search={search} onChange={listing.setFilters} />}
        emptyState="No developer accounts yet."
        noMatchState="No account matches the filters."
        bulkActions={bulk.actions}
      />
      <CreateAccountModal opened={creating} onClose={() => setCreating(false)} />
    </Stack>
  );
}
