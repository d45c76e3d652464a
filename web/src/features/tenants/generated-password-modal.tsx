import { ActionIcon, Alert, Button, Code, CopyButton, Group, Modal, Stack, Text, Tooltip } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import type { CreatedTenant } from './create-tenant-modal';

interface GeneratedPasswordModalProps {
  created: CreatedTenant | null;
  onClose: () => void;
}

export function GeneratedPasswordModal({ created, onClose }: GeneratedPasswordModalProps) {
  const password = created?.generatedAdminPassword;
  return (
    <Modal opened={Boolean(password)} onClose={onClose} title="Tenant admin password" closeOnClickOutside={false}>
      {created && password && (
        <Stack>
          <Alert color="yellow" title="Copy it now">
            This generated password is shown only once. Pass it to the tenant's admin, who should change it after
            logging in.
          </Alert>
          <Text size="sm">
            Admin <strong>{created.adminEmail}</strong> of <strong>{created.name}</strong>:
          </Text>
          <Group wrap="nowrap" gap="xs">
            <Code block data-testid="generated-admin-password" style={{ flex: 1 }}>
              {password}
            </Code>
            <CopyButton value={password}>
              {({ copied, copy }) => (
                <Tooltip label={copied ? 'Copied' : 'Copy'} withArrow>
                  <ActionIcon aria-label="Copy password" variant="light" color={copied ? 'teal' : 'gray'} onClick={copy}>
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
