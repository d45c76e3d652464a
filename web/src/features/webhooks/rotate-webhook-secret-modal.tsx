import { useState } from 'react';
import { Alert, Button, Group, Modal, NumberInput, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMutation } from '@apollo/client/react';
import { MAX_KEEP_PREVIOUS_SECRET_HOURS } from '@gatehouse/schema/webhooks';
import { graphql } from '../../gql';
import type { WebhookSettingsForSecretFragment } from '../../gql/graphql';
import { SecretValue } from '../../components/ui/secret-value';
import { formatDate } from '../../components/ui/format-date';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';

const RotateWebhookSecretMutation = graphql(`
  mutation RotateWebhookSecret($input: RotateWebhookSecretInput!) {
    rotateWebhookSecret(input: $input) {
      settings {
        ...WebhookSettingsForSecret
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

/** What the API keeps by default: a day for receivers to move to the new secret. */
export const DEFAULT_KEEP_PREVIOUS_HOURS = 24;

interface RotateWebhookSecretModalProps {
  opened: boolean;
  onClose: () => void;
}

/**
 * Asks how long the previous secret keeps signing (a second `v1` in each signature, so receivers
 * can switch without rejecting a delivery), rotates, and shows the new secret to copy.
 */
export function RotateWebhookSecretModal({ opened, onClose }: RotateWebhookSecretModalProps) {
  const [rotate, { loading }] = useMutation(RotateWebhookSecretMutation);
  const [rotated, setRotated] = useState<WebhookSettingsForSecretFragment | null>(null);
  const form = useForm<{ keepPreviousHours: number | string }>({
    mode: 'controlled',
    initialValues: { keepPreviousHours: DEFAULT_KEEP_PREVIOUS_HOURS },
    validate: {
      keepPreviousHours: (hours) =>
        typeof hours === 'number' && Number.isInteger(hours) && hours >= 0 && hours <= MAX_KEEP_PREVIOUS_SECRET_HOURS
          ? null
          : `Keep the previous secret 0 to ${MAX_KEEP_PREVIOUS_SECRET_HOURS} hours.`,
    },
  });

  const close = () => {
    form.reset();
    setRotated(null);
    onClose();
  };

  const submit = form.onSubmit(async ({ keepPreviousHours }) => {
    try {
      const { data } = await rotate({ variables: { input: { keepPreviousHours: Number(keepPreviousHours) } } });
      const payload = data?.rotateWebhookSecret;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['keepPreviousHours'])) return;
      setRotated(payload.settings ?? null);
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not rotate the secret', message: errorMessage(error) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title={rotated ? 'Secret rotated' : 'Rotate signing secret'} closeOnClickOutside={!rotated}>
      {rotated?.secret ? (
        <Stack>
          <Text size="sm">The new secret signs every delivery from now on. Put it on your receiver:</Text>
          <SecretValue value={rotated.secret} copyLabel="Copy new secret" testId="rotated-webhook-secret" />
          <Alert variant="light" color={rotated.previousSecretExpiresAt ? 'blue' : 'yellow'} p="xs">
            {rotated.previousSecretExpiresAt
              ? `The previous secret also signs until ${formatDate(rotated.previousSecretExpiresAt)}: until then each delivery carries two v1 signatures.`
              : 'The previous secret no longer signs: receivers that only know it now reject deliveries.'}
          </Alert>
          <Group justify="flex-end">
            <Button onClick={close}>Done</Button>
          </Group>
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack>
            <Text size="sm">
              A new secret signs deliveries from now on. The previous one keeps signing too for the hours you choose, so your
              receivers can move to the new one without rejecting a delivery.
            </Text>
            <NumberInput
              label="Hours the previous secret keeps signing"
              description={`0 stops it at once; at most ${MAX_KEEP_PREVIOUS_SECRET_HOURS} (a week).`}
              min={0}
              max={MAX_KEEP_PREVIOUS_SECRET_HOURS}
              allowDecimal={false}
              allowNegative={false}
              data-autofocus
              {...form.getInputProps('keepPreviousHours')}
            />
            <Group justify="flex-end">
              <Button variant="default" onClick={close}>
                Cancel
              </Button>
              <Button type="submit" color="orange" loading={loading}>
                Rotate secret
              </Button>
            </Group>
          </Stack>
        </form>
      )}
    </Modal>
  );
}
