import { useState } from 'react';
import { Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { forgetAccountListings } from './account-query';

const DeleteAccount = graphql(`
  mutation DeleteAccount($input: AccountIdInput!) {
    deleteAccount(input: $input) {
      deletedAccountId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface DeleteAccountModalProps {
  account: { id: string; orgName: string; userCount: number };
  opened: boolean;
  onClose: () => void;
}

/** Deletes the account with its users, applications and subscriptions, once its name is typed. */
export function DeleteAccountModal({ account, opened, onClose }: DeleteAccountModalProps) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [deleteAccount, { loading }] = useMutation(DeleteAccount, {
    // The account is gone: nothing cached may show it again (going back, the listing).
    update(cache, { data }) {
      const id = data?.deleteAccount.deletedAccountId;
      if (!id) return;
      cache.evict({ id: cache.identify({ __typename: 'Account', id }) });
      forgetAccountListings(cache);
    },
  });
  const close = () => {
    setTyped('');
    onClose();
  };
  const confirm = async () => {
    try {
      const { data } = await deleteAccount({ variables: { input: { id: account.id } } });
      const payload = data?.deleteAccount;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not delete the account', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', title: 'Account deleted', message: `${account.orgName} and its users are gone.` });
      close();
      void navigate({ to: '/accounts' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete the account', message: errorMessage(error) });
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="Delete account">
      <Stack>
        <Text size="sm">
          This deletes <strong>{account.orgName}</strong> for good, with its {account.userCount === 1 ? 'user' : `${account.userCount} users`}, applications and
          subscriptions.
        </Text>
        <TextInput
          label={
            <>
              Type <Code>{account.orgName}</Code> to confirm
            </>
          }
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" disabled={typed !== account.orgName} loading={loading} onClick={() => void confirm()}>
            Delete account
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
