import { useState } from 'react';
import { Button, Card, Code, Group, Stack, Text, Title } from '@mantine/core';
import { IconRotate } from '@tabler/icons-react';
import { graphql } from '../../gql';
import type { WebhookSettingsForSecretFragment } from '../../gql/graphql';
import { formatDate } from '../../components/ui/format-date';
import { RelativeTime } from '../../components/ui/relative-time';
import { SecretValue } from '../../components/ui/secret-value';
import { RotateWebhookSecretModal } from './rotate-webhook-secret-modal';

export const WebhookSettingsForSecret = graphql(`
  fragment WebhookSettingsForSecret on WebhookSettings {
    secret
    previousSecretExpiresAt
  }
`);

/** The signing secret, masked until revealed; rotating it keeps the previous one signing for a while. */
export function WebhookSecretCard({ settings }: { settings: WebhookSettingsForSecretFragment }) {
  const [rotating, setRotating] = useState(false);
  return (
    <Card withBorder padding="md" radius="md" component="section" aria-labelledby="webhook-signing-secret">
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Stack gap={2}>
            <Title order={3} size="h5" id="webhook-signing-secret">
              Signing secret
            </Title>
            <Text size="sm" c="dimmed">
              Signs every delivery. Keep it on your receiver only.
            </Text>
          </Stack>
          {settings.secret && (
            <Button variant="light" color="orange" leftSection={<IconRotate size={16} />} onClick={() => setRotating(true)} style={{ flex: 'none' }}>
              Rotate secret
            </Button>
          )}
        </Group>
        {settings.secret ? (
          <SecretValue value={settings.secret} copyLabel="Copy secret" revealLabel="Reveal secret" testId="webhook-secret" />
        ) : (
          <Text size="sm" c="dimmed">
            None yet: the secret is made when the webhook is first saved.
          </Text>
        )}
        {settings.previousSecretExpiresAt && (
          <Text size="sm" data-testid="previous-secret-expiry">
            The previous secret also signs until {formatDate(settings.previousSecretExpiresAt)} (
            <RelativeTime value={settings.previousSecretExpiresAt} size="sm" c="inherit" />
            ): until then each delivery carries two <Code>v1</Code> signatures.
          </Text>
        )}
      </Stack>
      <RotateWebhookSecretModal opened={rotating} onClose={() => setRotating(false)} />
    </Card>
  );
}
