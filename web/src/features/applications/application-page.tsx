import { useState, type ReactNode } from 'react';
import { Alert, Anchor, Badge, Group, Loader, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { DeletionCard } from '../../components/ui/deletion-card';
import { Fact } from '../../components/ui/fact';
import { formatDate } from '../../components/ui/format-date';
import { errorMessage } from '../../lib/graphql-errors';
import { ApplicationCredentialsCard } from './application-credentials';
import { ApplicationDetailsForm } from './application-details-form';
import { ApplicationPlanChange } from './application-plan-change';
import { ApplicationPlanLimits } from './application-plan-limits';
import { ApplicationQuery } from './application-query';
import { ApplicationStateActions } from './application-state-actions';
import { ApplicationStateBadge } from './application-state-badge';
import { DeleteApplicationModal } from './delete-application-modal';

interface ApplicationPageProps {
  applicationId: string;
  /** Its usage section (traffic and limits), which the app composes in from the analytics feature. */
  usage?: ReactNode;
}

/** One application: its summary, state changes and plan, its credentials by its product's auth mode, details, usage, plan limits, deletion. */
export function ApplicationPage({ applicationId, usage }: ApplicationPageProps) {
  const { data, loading, error } = useQuery(ApplicationQuery, { variables: { id: applicationId } });
  const [deleting, setDeleting] = useState(false);
  const application = data?.application;
  if (loading && !application) return <Loader aria-label="Loading the application" />;
  if (!application) {
    return (
      <Alert color="red" title="This application cannot be shown">
        {error ? errorMessage(error) : 'It does not exist.'}{' '}
        <Anchor component={Link} to="/applications">
          Back to the applications
        </Anchor>
      </Alert>
    );
  }
  const { account, service } = application;
  return (
    <Stack>
      <Group gap="xs">
        <Anchor component={Link} to="/applications" size="sm">
          Applications
        </Anchor>
        <Text size="sm" c="dimmed">
          /
        </Text>
        <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: account.id }} />}>
          {account.orgName}
        </Anchor>
      </Group>
      <Group gap="sm" align="center">
        <Title order={2}>{application.name}</Title>
        <ApplicationStateBadge state={application.state} size="lg" />
        {application.paid && (
          <Badge variant="light" color="grape">
            paid
          </Badge>
        )}
      </Group>
      {application.description && (
        <Text size="sm" c="dimmed" maw={820}>
          {application.description}
        </Text>
      )}

      <Paper withBorder p="md">
        <Stack>
          <SimpleGrid cols={{ base: 1, xs: 2, md: 4 }} spacing="lg">
            <Fact label="Account">
              <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: account.id }} />} data-testid="application-account">
                {account.orgName}
              </Anchor>
            </Fact>
            <Fact label="Product">
              <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/products/$productId" params={{ productId: service.id }} />}>
                {service.name}
              </Anchor>
            </Fact>
            <Fact label="Plan">
              <Text size="sm" data-testid="application-plan">
                {application.plan.name}
              </Text>
            </Fact>
            <Fact label="Trial ends">
              <Text size="sm">{formatDate(application.trialEndsAt, 'No trial')}</Text>
            </Fact>
            <Fact label="Created">
              <Text size="sm">{formatDate(application.createdAt)}</Text>
            </Fact>
            <Fact label="First traffic">
              <Text size="sm">{formatDate(application.firstTrafficAt, 'None yet')}</Text>
            </Fact>
            <Fact label="Last traffic">
              <Text size="sm" data-testid="last-traffic">
                {formatDate(application.lastTrafficAt, 'None yet')}
              </Text>
            </Fact>
            <Fact label="State">
              <ApplicationStateBadge state={application.state} testId="application-state-fact" />
            </Fact>
          </SimpleGrid>
          <Group justify="space-between" align="flex-end" gap="lg">
            <Stack gap={4}>
              <Text size="sm" fw={500}>
                Change state
              </Text>
              <ApplicationStateActions application={application} />
            </Stack>
            <ApplicationPlanChange application={application} />
          </Group>
        </Stack>
      </Paper>

      <ApplicationCredentialsCard application={application} service={service} />

      <ApplicationDetailsForm application={application} oidc={service.authMode === 'OIDC'} />

      {usage}

      <ApplicationPlanLimits plan={application.plan} />

      <DeletionCard thing="application" onDelete={() => setDeleting(true)}>
        Deletes it with its keys: calls with its credentials are refused at once. This cannot be undone.
      </DeletionCard>
      <DeleteApplicationModal application={application} opened={deleting} onClose={() => setDeleting(false)} />
    </Stack>
  );
}
