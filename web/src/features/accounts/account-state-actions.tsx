import { useMutation } from '@apollo/client/react';
import { ACCOUNT_ACTIONS } from '@gatehouse/schema/accounts';
import { StateActions } from '../../components/ui/state-actions';
import { graphql } from '../../gql';
import type { AccountAction } from '../../gql/graphql';
import { accountActionLabels, accountActions } from './account-labels';
import { forgetAccountListings } from './account-query';

/** What a state change answers: the account's state and the changes it allows now. */
export const AccountStateParts = graphql(`
  fragment AccountStateParts on Account {
    id
    state
    availableActions
    stateChangedAt
    updatedAt
  }
`);

const ApproveAccount = graphql(`
  mutation ApproveAccount($input: AccountIdInput!) {
    approveAccount(input: $input) {
      account {
        id
        ...AccountStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const RejectAccount = graphql(`
  mutation RejectAccount($input: AccountIdInput!) {
    rejectAccount(input: $input) {
      account {
        id
        ...AccountStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const MakeAccountPending = graphql(`
  mutation MakeAccountPending($input: AccountIdInput!) {
    makeAccountPending(input: $input) {
      account {
        id
        ...AccountStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const SuspendAccount = graphql(`
  mutation SuspendAccount($input: AccountIdInput!) {
    suspendAccount(input: $input) {
      account {
        id
        ...AccountStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);
const ResumeAccount = graphql(`
  mutation ResumeAccount($input: AccountIdInput!) {
    resumeAccount(input: $input) {
      account {
        id
        ...AccountStateParts
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** The changes that ask first, with what they do to the developers. */
const confirmations: Partial<Record<AccountAction, string>> = {
  REJECT: 'Its signup is refused: its applications cannot be used unless it is approved again.',
  SUSPEND: 'Its applications cannot be used until you resume it.',
};

const colors: Partial<Record<AccountAction, string>> = { REJECT: 'red', SUSPEND: 'orange' };

interface AccountStateActionsProps {
  account: { id: string; orgName: string; availableActions: readonly AccountAction[] };
}

/** A button per state change the account's state allows (the server says which); reject and suspend ask first. */
export function AccountStateActions({ account }: AccountStateActionsProps) {
  const options = { update: forgetAccountListings };
  const [approve] = useMutation(ApproveAccount, options);
  const [reject] = useMutation(RejectAccount, options);
  const [makePending] = useMutation(MakeAccountPending, options);
  const [suspend] = useMutation(SuspendAccount, options);
  const [resume] = useMutation(ResumeAccount, options);

  const run = async (action: AccountAction) => {
    const variables = { input: { id: account.id } };
    switch (action) {
      case 'APPROVE':
        return (await approve({ variables })).data?.approveAccount;
      case 'REJECT':
        return (await reject({ variables })).data?.rejectAccount;
      case 'MAKE_PENDING':
        return (await makePending({ variables })).data?.makeAccountPending;
      case 'SUSPEND':
        return (await suspend({ variables })).data?.suspendAccount;
      case 'RESUME':
        return (await resume({ variables })).data?.resumeAccount;
    }
  };

  return (
    <StateActions
      subject={{ noun: 'account', name: account.orgName }}
      actions={accountActions.filter((action) => account.availableActions.includes(action))}
      labels={accountActionLabels}
      colors={colors}
      confirmations={confirmations}
      run={run}
      succeeded={(action) => ({ title: `Account ${ACCOUNT_ACTIONS[action].verb}`, message: account.orgName })}
    />
  );
}
