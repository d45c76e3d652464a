import { Button, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { forgetApplication } from './application-query';

const DeleteApplication = graphql(`
  mutation DeleteApplication($input: ApplicationIdInput!) {
    deleteApplication(input: $input) {
      deletedApplicationId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface DeleteApplicationModalProps {
  application: { id: string; name: string; account: { id: string; orgName: string } };
  opened: boolean;
  onClose: () => void;
}

/** Deletes the application with its keys, after asking; then shows its account. */
export function DeleteApplicationModal({ application, opened, onClose }: DeleteApplicationModalProps) {
  const navigate = useNavigate();
  const [deleteApplication, { loading }] = useMutation(DeleteApplication, {
    update(cache, { data }) {
      if (data?.deleteApplication.deletedApplicationId) forgetApplication(cache, application);
    },
  });
  const confirm = async () => {
    try {
      const { data } = await deleteApplication({ variables: { input: { id: application.id } } });
      const payload = data?.deleteApplication;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not delete the application', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', title: 'Application deleted', message: `${application.name} of ${application.account.orgName} is gone.` });
      onClose();
      void navigate({ to: '/accounts/$accountId', params: { accountId: application.account.id } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete the application', message: errorMessage(error) });
    }
  };
  return (
    <Modal opened={opened} onClose={onClose} title="Delete application">
      <Stack>
        <Text size="sm">
          Delete <strong>{application.name}</strong> of {application.account.orgName} with its keys? Calls with its credentials are refused at once.
          This cannot be undone.
        </Text>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button color="red" loading={loading} onClick={() => void confirm()}>
            Delete application
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
