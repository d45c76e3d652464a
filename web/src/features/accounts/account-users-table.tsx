import { Badge, Table, Text } from '@mantine/core';
import type { AccountUserRole, AccountUserState } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { accountUserRoleLabels, accountUserStateColors, accountUserStateLabels } from './account-labels';

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
      <Table.ScrollContainer minWidth={560}>
        <Table aria-label="Users" striped>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Username</Table.Th>
              <Table.Th>Email</Table.Th>
              <Table.Th>Role</Table.Th>
              <Table.Th>State</Table.Th>
              <Table.Th>Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {users.map((user) => (
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
            ))}
            {users.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={5}>
                  <Text size="sm" c="dimmed" ta="center">
                    No users.
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Table.ScrollContainer>
      {totalCount > users.length && (
        <Text size="xs" c="dimmed">
          Showing the first {users.length} of {totalCount} users.
        </Text>
      )}
    </>
  );
}
