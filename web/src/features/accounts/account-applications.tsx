import { useState } from 'react';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { AccountApplicationRowFragment } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { applicationStateColors, applicationStateLabels } from './account-labels';
import { CreateApplicationModal } from './create-application-modal';

export const AccountApplicationRow = graphql(`
  fragment AccountApplicationRow on Application {
    id
    name
    state
    createdAt
    service {
      id
      name
    }
    plan {
      id
      name
    }
  }
`);

interface AccountApplicationsProps {
  account: { id: string; orgName: string };
  applications: readonly AccountApplicationRowFragment[];
  totalCount: number;
}

/** The account's applications, newest first, and a new one. */
export function AccountApplications({ account, applications, totalCount }: AccountApplicationsProps) {
  const [creating, setCreating] = useState(false);
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="account-applications">
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id="account-applications">
            Applications
          </Title>
          <Button size="xs" variant="light" leftSection={<IconPlus size={14} />} onClick={() => setCreating(true)}>
            New application
          </Button>
        </Group>
        <Table.ScrollContainer minWidth={560}>
          <Table aria-label="Applications" striped>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>Name</Table.Th>
                <Table.Th>Product</Table.Th>
                <Table.Th>Plan</Table.Th>
                <Table.Th>State</Table.Th>
                <Table.Th>Created</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {applications.map((application) => (
                <Table.Tr key={application.id}>
                  <Table.Td>
                    <Anchor
                      size="sm"
                      fw={500}
                      renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: application.id }} />}
                    >
                      {application.name}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{application.service.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm">{application.plan.name}</Text>
                  </Table.Td>
                  <Table.Td>
                    <Badge size="sm" variant="light" color={applicationStateColors[application.state]} data-testid="application-state">
                      {applicationStateLabels[application.state]}
                    </Badge>
                  </Table.Td>
                  <Table.Td>
                    <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
                      {formatDate(application.createdAt)}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              ))}
              {applications.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={5}>
                    <Text size="sm" c="dimmed" ta="center">
                      No applications yet.
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
        {totalCount > applications.length && (
          <Text size="xs" c="dimmed">
            Showing the newest {applications.length} of {totalCount} applications.{' '}
            <Anchor size="xs" renderRoot={(props) => <Link {...props} to="/applications" search={{ account: account.id }} />}>
              See them all
            </Anchor>
          </Text>
        )}
      </Stack>
      <CreateApplicationModal account={account} opened={creating} onClose={() => setCreating(false)} />
    </Paper>
  );
}
