import type { ReactNode } from 'react';
import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { SecretValue } from './secret-value';

interface ShownOnceModalProps {
  title: string;
  /** The warning's title; its text says the secret cannot be shown again. */
  warning: string;
  children: ReactNode;
  /** What the secret is: `Token for <b>CI</b>:`. */
  label: ReactNode;
  secret: string;
  testId: string;
  /** Below the secret: how to use it. */
  footer?: ReactNode;
  onClose: () => void;
}

/**
 * A secret shown once (an access token, a service token): the plaintext exists in the browser only
 * while this modal is open, with a copy button; closing it on a click outside is off, so it is not
 * lost by a stray click.
 */
export function ShownOnceModal({ title, warning, children, label, secret, testId, footer, onClose }: ShownOnceModalProps) {
  return (
    <Modal opened onClose={onClose} title={title} closeOnClickOutside={false}>
      <Stack>
        <Alert color="yellow" title={warning}>
          {children}
        </Alert>
        <Text size="sm">{label}</Text>
        <SecretValue value={secret} copyLabel="Copy token" testId={testId} />
        {footer}
        <Group justify="flex-end">
          <Button onClick={onClose}>Done</Button>
        </Group>
      </Stack>
    </Modal>
  );
}
