import { useState } from 'react';
import { Alert, Anchor, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { DeletionCard } from '../../components/ui/deletion-card';
import { Fact } from '../../components/ui/fact';
import { formatDate } from '../../components/ui/format-date';
import { errorMessage } from '../../lib/graphql-errors';
import { AccountApplications } from './account-applications';
import { AccountDetailsForm } from './account-details-form';
import { AccountMessages } from './account-messages';
import { AccountPlanChange } from './account-plan-change';
import { AccountQuery } from './account-query';
import { AccountStateActions } from './account-state-actions';
import { AccountStateBadge } from './account-state-badge';
import { AccountSubscriptions } from './account-subscriptions';
import { AccountUsersTable } from './account-users-table';
import { DeleteAccountModal } from './delete-account-modal';

/**
 * One developer account: its summary, state changes, plan, details and users, its applications,
 * subscriptions and messages, and its deletion.
 */
export function AccountPage({ accountId }: { accountId: string }) {
  const { data, loading, error } = useQuery(AccountQuery, { variables: { id: accountId } });
  const [deleting, setDeleting] = useState(false);
  const account = data?.account;
  if (loading && !account) return <Loader aria-label="Loading the account" />;
  if (!account) {
    return (
      <Alert color="red" title="This account cannot be shown">
        {error ? errorMessage(error) : 'It does not exist.'}{' '}
        <Anchor component={Link} to="/accounts">
          Back to the accounts
        </Anchor>
      </Alert>
    );
  }
  const admin = account.adminUser;
  return (
    <Stack>
      <Group gap="xs">
        <Anchor component={Link} to="/accounts" size="sm">
          Accounts
        </Anchor>
        <Text size="sm" c="dimmed">
          /
        </Text>
      </Group>
      <Group gap="sm" align="center">
        <Title order={2}>{account.orgName}</Title>
        <AccountStateBadge state={account.state} size="lg" />
      </Group>

      <Paper withBorder p="md">
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
            <Fact label="Plan">
              <Text size="sm" data-testid="account-plan">
                {account.plan.name}
              </Text>
            </Fact>
            <Fact label="Signed up">
              <Text size="sm">{formatDate(account.createdAt)}</Text>
            </Fact>
            <Fact label="State changed">
              <Text size="sm">{formatDate(account.stateChangedAt)}</Text>
            </Fact>
            <Fact label="Admin user">
              {admin ? (
                <>
                  <Text size="sm">{admin.username}</Text>
                  <Text size="xs" c="dimmed">
                    {admin.email}
                  </Text>
                </>
              ) : (
                <Text size="sm" c="dimmed">
                  None
                </Text>
              )}
            </Fact>
          </SimpleGrid>
          <Group justify="space-between" align="flex-end" gap="lg">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Change state
              </Text>
              {account.availableActions.length > 0 ? (
                <AccountStateActions account={account} />
              ) : (
                <Text size="sm" c="dimmed">
                  No change is possible from this state.
                </Text>
              )}
            </Stack>
            <AccountPlanChange account={account} />
          </Group>
        </Stack>
      </Paper>

      <AccountApplications account={account} applications={account.applications.nodes} totalCount={account.applications.totalCount} />

      <AccountSubscriptions account={account} subscriptions={account.serviceSubscriptions.nodes} totalCount={account.serviceSubscriptions.totalCount} />

      <AccountDetailsForm account={account} />

      <Stack gap="xs">
        <Title order={3} size="h4">
          Users
        </Title>
        <AccountUsersTable users={account.users.nodes} totalCount={account.users.totalCount} />
      </Stack>

      <AccountMessages account={account} messages={account.messages.nodes} totalCount={account.messages.totalCount} />

      <DeletionCard thing="account" onDelete={() => setDeleting(true)}>
        Deletes its users, applications and subscriptions. This cannot be undone.
      </DeletionCard>
      <DeleteAccountModal
        account={{ id: account.id, orgName: account.orgName, userCount: account.users.totalCount }}
        opened={deleting}
        onClose={() => setDeleting(false)}
      />
    </Stack>
  );
}
