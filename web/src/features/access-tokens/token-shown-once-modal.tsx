import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import { SecretValue } from '../../components/ui/secret-value';

interface TokenShownOnceModalProps {
  created: { name: string; token: string } | null;
  onClose: () => void;
}

/** The plaintext token exists in the browser only while this modal is open. */
export function TokenShownOnceModal({ created, onClose }: TokenShownOnceModalProps) {
  return (
    <Modal opened={created !== null} onClose={onClose} title="Access token created" closeOnClickOutside={false}>
      {created && (
        <Stack>
          <Alert color="yellow" title="Copy it now">
            This is the only time the token is shown. Store it somewhere safe; it cannot be displayed again.
          </Alert>
          <Text size="sm">
            Token for <strong>{created.name}</strong>:
          </Text>
          <SecretValue value={created.token} copyLabel="Copy token" testId="new-access-token" />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
