import { useState } from 'react';
import { Alert, Button, Code, Group, Modal, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { MAX_SERVICE_TOKEN_NAME_LENGTH } from '@gatehouse/schema/lengths';
import { ShownOnceModal } from '../../components/ui/shown-once-modal';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';

const CreateServiceTokenMutation = graphql(`
  mutation CreateServiceToken($input: CreateServiceTokenInput!) {
    createServiceToken(input: $input) {
      serviceToken {
        id
        name
      }
      token
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface CreateServiceTokenModalProps {
  product: { id: string; name: string };
  onClose: () => void;
}

/**
 * Creates a service token, then shows its plaintext, which the server returns this one time only. Mount
 * it while open: the plaintext lives in its state, and goes when it is closed (unmounted).
 */
export function CreateServiceTokenModal({ product, onClose }: CreateServiceTokenModalProps) {
  const [createServiceToken, { loading, reset }] = useMutation(CreateServiceTokenMutation, {
    refetchQueries: ['ServiceTokens'],
    awaitRefetchQueries: true,
  });
  const [created, setCreated] = useState<{ name: string; token: string } | null>(null);
  // What the server refused that is no fault of the name: the product is gone, or has all its tokens.
  const [refusal, setRefusal] = useState<string | null>(null);
  const form = useForm({ mode: 'controlled', initialValues: { name: '' } });

  const close = () => {
    setCreated(null);
    // The hook keeps the last result, plaintext token included, for as long as this stays mounted.
    reset();
    onClose();
  };

  const submit = form.onSubmit(async ({ name }) => {
    setRefusal(null);
    try {
      const { data } = await createServiceToken({ variables: { input: { serviceId: product.id, name } } });
      const payload = data?.createServiceToken;
      if (!payload) return;
      // The name's problems (blank, too long) go under the field; the others above the buttons.
      const refusals: string[] = [];
      for (const error of payload.userErrors) {
        if (error.field?.at(-1) === 'name') form.setFieldError('name', error.message);
        else refusals.push(error.message);
      }
      if (refusals.length > 0) setRefusal(refusals.join(' '));
      if (payload.userErrors.length > 0 || !payload.token || !payload.serviceToken) return;
      setCreated({ name: payload.serviceToken.name, token: payload.token });
      reset();
    } catch (error) {
      setRefusal(errorMessage(error));
    }
  });

  if (created) {
    return (
      <ShownOnceModal
        title="Service token created"
        warning="Copy it now: it is shown once"
        label={
          <>
            Token <strong>{created.name}</strong> of {product.name}:
          </>
        }
        secret={created.token}
        testId="new-service-token"
        footer={
          <Text size="sm" c="dimmed">
            The gateway sends it in the <Code>Authorization: Bearer …</Code> header of its calls to <Code>/api/usage</Code>.
          </Text>
        }
        onClose={close}
      >
        This is the only time the token is shown. Give it to the gateway or store it somewhere safe; it cannot be displayed again. If
        it is lost, create another and revoke this one.
      </ShownOnceModal>
    );
  }

  return (
    <Modal opened onClose={close} title="Create service token">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput
            label="Name"
            description="The gateway or environment that will use it, e.g. APIcast production"
            required
            maxLength={MAX_SERVICE_TOKEN_NAME_LENGTH}
            data-autofocus
            {...form.getInputProps('name')}
          />
          {refusal && (
            <Alert color="red" title="The token was not created" role="alert">
              {refusal}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create token
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
