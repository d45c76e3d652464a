import { useState } from 'react';
import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { APPLICATION_ACTIONS } from '@gatehouse/schema/applications';
import { graphql } from '../../gql';
import type { ApplicationAction } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applicationActionLabels, applicationActions } from './application-labels';
import { forgetApplication, forgetApplicationListings } from './application-query';

/** What a state change answers: the application's state and the changes it allows now. */
export const ApplicationStateParts = graphql(`
  fragment ApplicationStateParts on Application {
    id
    state
    availableActions
    updatedAt
  }
`);

const AcceptApplication = graphql(`
  mutation AcceptApplication($input: ApplicationIdInput!) {
    acceptApplication(input: $input) {
      application {
        id
        ...ApplicationStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const SuspendApplication = graphql(`
  mutation SuspendApplication($input: ApplicationIdInput!) {
    suspendApplication(input: $input) {
      application {
        id
        ...ApplicationStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const ResumeApplication = graphql(`
  mutation ResumeApplication($input: ApplicationIdInput!) {
    resumeApplication(input: $input) {
      application {
        id
        ...ApplicationStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const RejectApplication = graphql(`
  mutation RejectApplication($input: ApplicationIdInput!) {
    rejectApplication(input: $input) {
      deletedApplicationId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** A state change offered, or rejecting a pending application (which deletes it). */
type Choice = ApplicationAction | 'REJECT';

const labels: Record<Choice, string> = { ...applicationActionLabels, REJECT: 'Reject' };
const colors: Partial<Record<Choice, string>> = { SUSPEND: 'orange', REJECT: 'red' };
/** The changes that ask first, with what they do. */
const confirmations: Partial<Record<Choice, string>> = {
  SUSPEND: 'Every call with its credentials is refused at once, until you resume it.',
  REJECT: 'Rejecting a pending application deletes it with its keys. This cannot be undone.',
};

interface ApplicationStateActionsProps {
  application: { id: string; name: string; state: string; availableActions: readonly ApplicationAction[]; account: { id: string } };
}

/** A button per state change the application's state allows (the server says which), and Reject while pending. */
export function ApplicationStateActions({ application }: ApplicationStateActionsProps) {
  const navigate = useNavigate();
  const options = { update: forgetApplicationListings };
  const [accept] = useMutation(AcceptApplication, options);
  const [suspend] = useMutation(SuspendApplication, options);
  const [resume] = useMutation(ResumeApplication, options);
  const [reject] = useMutation(RejectApplication, {
    update(cache, { data }) {
      if (data?.rejectApplication.deletedApplicationId) forgetApplication(cache, application);
    },
  });
  const [running, setRunning] = useState<Choice | null>(null);
  const [confirming, setConfirming] = useState<Choice | null>(null);

  const mutate = async (choice: Choice) => {
    const variables = { input: { id: application.id } };
    switch (choice) {
      case 'ACCEPT':
        return (await accept({ variables })).data?.acceptApplication;
      case 'SUSPEND':
        return (await suspend({ variables })).data?.suspendApplication;
      case 'RESUME':
        return (await resume({ variables })).data?.resumeApplication;
      case 'REJECT':
        return (await reject({ variables })).data?.rejectApplication;
    }
  };

  const run = async (choice: Choice) => {
    setConfirming(null);
    setRunning(choice);
    const failed = `Could not ${labels[choice].toLowerCase()} the application`;
    try {
      const payload = await mutate(choice);
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: failed, message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      if (choice === 'REJECT') {
        notifications.show({ color: 'green', title: 'Application rejected', message: `${application.name} is deleted.` });
        void navigate({ to: '/accounts/$accountId', params: { accountId: application.account.id } });
        return;
      }
      notifications.show({ color: 'green', title: `Application ${APPLICATION_ACTIONS[choice].verb}`, message: application.name });
    } catch (error) {
      notifications.show({ color: 'red', title: failed, message: errorMessage(error) });
    } finally {
      setRunning(null);
    }
  };

  const offered: Choice[] = [
    ...applicationActions.filter((action) => application.availableActions.includes(action)),
    ...(application.state === 'PENDING' ? (['REJECT'] as const) : []),
  ];
  if (offered.length === 0) {
    return (
      <Text size="sm" c="dimmed">
        No change is possible from this state.
      </Text>
    );
  }
  return (
    <>
      <Group gap="xs" role="group" aria-label="State actions">
        {offered.map((choice) => (
          <Button
            key={choice}
            size="xs"
            variant="light"
            color={colors[choice]}
            loading={running === choice}
            disabled={running !== null && running !== choice}
            onClick={() => (confirmations[choice] ? setConfirming(choice) : void run(choice))}
          >
            {labels[choice]}
          </Button>
        ))}
      </Group>
      <Modal opened={confirming !== null} onClose={() => setConfirming(null)} title={confirming ? `${labels[confirming]} application` : undefined}>
        {confirming && (
          <Stack>
            <Text size="sm">
              {labels[confirming]} <strong>{application.name}</strong>? {confirmations[confirming]}
            </Text>
            <Group justify="flex-end">
              <Button variant="default" onClick={() => setConfirming(null)}>
                Cancel
              </Button>
              <Button color={colors[confirming]} onClick={() => void run(confirming)}>
                {labels[confirming]} application
              </Button>
            </Group>
          </Stack>
        )}
      </Modal>
    </>
  );
}
