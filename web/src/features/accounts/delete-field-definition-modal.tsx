import { Button, Code, Group, Modal, Stack, Text } from '@mantine/core';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { graphql } from '../../gql';
import type { FieldDefinitionForFormFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';

const DeleteFieldDefinition = graphql(`
  mutation DeleteFieldDefinition($input: DeleteFieldDefinitionInput!) {
    deleteFieldDefinition(input: $input) {
      fieldDefinition {
        target
        name
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const ofWhat = { ACCOUNT: 'every account', USER: 'every user' } as const;

interface DeleteFieldDefinitionModalProps {
  field: FieldDefinitionForFormFragment | null;
  onClose: () => void;
}

/** Deletes an extra field with its values, after saying so. */
export function DeleteFieldDefinitionModal({ field, onClose }: DeleteFieldDefinitionModalProps) {
  const [remove, { loading }] = useMutation(DeleteFieldDefinition, {
    refetchQueries: ['FieldDefinitions'],
    awaitRefetchQueries: true,
    // Accounts and users no longer have the field's values.
    update(cache) {
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'account' });
      cache.gc();
    },
  });
  const confirm = async () => {
    if (!field) return;
    try {
      const { data } = await remove({ variables: { input: { target: field.target, name: field.name } } });
      const payload = data?.deleteFieldDefinition;
      if (!payload) return;
      if (payload.userErrors.length > 0) {
        notifications.show({ color: 'red', title: 'Could not delete the field', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', title: 'Field deleted', message: `${field.label} and its values are gone.` });
      onClose();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete the field', message: errorMessage(error) });
    }
  };
  return (
    <Modal opened={field !== null} onClose={onClose} title="Delete field">
      {field && (
        <Stack>
          <Text size="sm">
            Delete the field <strong>{field.label}</strong> (<Code>{field.name}</Code>)? Its values on {ofWhat[field.target]} are deleted with it. This
            cannot be undone.
          </Text>
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              Cancel
            </Button>
            <Button color="red" loading={loading} onClick={() => void confirm()}>
              Delete field and values
            </Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
