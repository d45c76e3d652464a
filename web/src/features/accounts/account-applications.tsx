import { useState } from 'react';
import { Anchor, Badge, Table, Text } from '@mantine/core';
import { IconPlus } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { AccountApplicationRowFragment } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { applicationStateColors, applicationStateLabels } from './account-labels';
import { AccountSection, AccountTable } from './account-section';
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
    <>
      <AccountSection
        id="account-applications"
        title="Applications"
        action={{ label: 'New application', icon: <IconPlus size={14} />, onClick: () => setCreating(true) }}
        newest={{
          shown: applications.length,
          total: totalCount,
          things: 'applications',
          seeAll: (
            <Anchor size="xs" renderRoot={(props) => <Link {...props} to="/applications" search={{ account: account.id }} />}>
              See them all
            </Anchor>
          ),
        }}
      >
        <AccountTable
          label="Applications"
          minWidth={560}
          headers={['Name', 'Product', 'Plan', 'State', 'Created']}
          rows={applications}
          empty="No applications yet."
          row={(application) => (
            <Table.Tr key={application.id}>
              <Table.Td>
                <Anchor size="sm" fw={500} renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: application.id }} />}>
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
          )}
        />
      </AccountSection>
      <CreateApplicationModal account={account} opened={creating} onClose={() => setCreating(false)} />
    </>
  );
}
