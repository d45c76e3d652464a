import { Alert, Button, Group, Modal, Stack, Text } from '@mantine/core';
import type { CreatedTenant } from './create-tenant-modal';
import { SecretValue } from '../../components/ui/secret-value';

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
          <SecretValue value={password} copyLabel="Copy password" testId="generated-admin-password" />
          <Group justify="flex-end">
            <Button onClick={onClose}>Done</Button>
          </Group>
        </Stack>
      )}
    </Modal>
  );
}
