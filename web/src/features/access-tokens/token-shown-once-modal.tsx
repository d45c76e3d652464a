import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';

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
          <Group wrap="nowrap" gap="xs">
            <Code block data-testid="new-access-token" style={{ flex: 1, wordBreak: 'break-all' }}>
              {created.token}
            </Code>
            <CopyButton value={created.token}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
                  <ActionIcon aria-label="Copy token" variant="light" color={copied ? 'teal' : 'gray'} onClick={copy}>
                    {copied ? <IconCheck size={16} /> : <IconCopy size={16} />}
                  </ActionIcon>
                </Tooltip>
              )}
            </CopyButton>
          </Group>
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
