import { Badge, Table, Text } from '@mantine/core';
import type { AccountUserRole, AccountUserState } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { accountUserRoleLabels, accountUserStateColors, accountUserStateLabels } from './account-labels';
import { AccountTable } from './account-section';

interface AccountUserRow {
  id: string;
  username: string;
  email: string;
  role: AccountUserRole;
  state: AccountUserState;
  createdAt: string;
}

/** The account's users (the first hundred, oldest first: accounts rarely have more). */
export function AccountUsersTable({ users, totalCount }: { users: readonly AccountUserRow[]; totalCount: number }) {
  return (
    <>
      <AccountTable
        label="Users"
        minWidth={560}
        headers={['Username', 'Email', 'Role', 'State', 'Created']}
        rows={users}
        empty="No users."
        row={(user) => (
          <Table.Tr key={user.id}>
            <Table.Td>
              <Text size="sm" fw={500}>
                {user.username}
              </Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{user.email}</Text>
            </Table.Td>
            <Table.Td>
              <Text size="sm">{accountUserRoleLabels[user.role]}</Text>
            </Table.Td>
            <Table.Td>
              <Badge size="sm" variant="dot" color={accountUserStateColors[user.state]}>
                {accountUserStateLabels[user.state]}
              </Badge>
            </Table.Td>
            <Table.Td>
              <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                {formatDate(user.createdAt)}
              </Text>
            </Table.Td>
          </Table.Tr>
        )}
      />
      {totalCount > users.length && (
        <Text size="xs" c="dimmed">
          Showing the first {users.length} of {totalCount} users.
        </Text>
      )}
    </>
  );
}
