import { useMutation } from '@apollo/client/react';
import { useNavigate } from '@tanstack/react-router';
import { APPLICATION_ACTIONS } from '@gatehouse/schema/applications';
import { StateActions } from '../../components/ui/state-actions';
import { graphql } from '../../gql';
import type { ApplicationAction } from '../../gql/graphql';
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

  const run = async (choice: Choice) => {
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

  return (
    <StateActions
      subject={{ noun: 'application', name: application.name }}
      actions={[...applicationActions.filter((action) => application.availableActions.includes(action)), ...(application.state === 'PENDING' ? (['REJECT'] as const) : [])]}
      labels={labels}
      colors={colors}
      confirmations={confirmations}
      run={run}
      succeeded={(choice) =>
        choice === 'REJECT'
          ? { title: 'Application rejected', message: `${application.name} is deleted.` }
          : { title: `Application ${APPLICATION_ACTIONS[choice].verb}`, message: application.name }
      }
      onSucceeded={(choice) => {
        // A rejected application is gone: back to its account.
        if (choice === 'REJECT') void navigate({ to: '/accounts/$accountId', params: { accountId: application.account.id } });
      }}
      noneText="No change is possible from this state."
    />
  );
}
