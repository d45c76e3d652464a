import { Button, Group, Modal, PasswordInput, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { MAX_EMAIL_LENGTH, MAX_TENANT_NAME_LENGTH } from '@gatehouse/schema/lengths';
import { passwordProblem } from '@gatehouse/schema/password';
import { MAX_SUBDOMAIN_LENGTH, subdomainForName, subdomainProblem } from '@gatehouse/schema/subdomain';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';

const CreateTenantMutation = graphql(`
  mutation CreateTenant($input: CreateTenantInput!) {
    createTenant(input: $input) {
      tenant {
        id
        name
        subdomain
      }
      adminUser {
        id
        email
      }
      generatedAdminPassword
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export interface CreatedTenant {
  name: string;
  adminEmail: string;
  generatedAdminPassword: string | null;
}

interface CreateTenantModalProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (created: CreatedTenant) => void;
}

export function CreateTenantModal({ opened, onClose, onCreated }: CreateTenantModalProps) {
  const [createTenant, { loading, reset }] = useMutation(CreateTenantMutation, {
    refetchQueries: ['Tenants'],
    awaitRefetchQueries: true,
  });
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', subdomain: '', adminEmail: '', adminPassword: '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      subdomain: (v) => (v ? subdomainProblem(v) : null),
      adminEmail: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter an email address'),
      adminPassword: (v) => (v ? passwordProblem(v) : null),
    },
  });
  // What the server will create when the field is left empty (unless another tenant holds it).
  const derived = subdomainForName(form.values.name);

  const close = () => {
    form.reset();
    // The hook keeps the last result, generated password included, for as long as this stays
    // mounted: the page's shown-once modal holds the only copy the UI needs.
    reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await createTenant({
        variables: {
          input: {
            name: values.name.trim(),
            subdomain: values.subdomain || null,
            adminEmail: values.adminEmail.trim(),
            adminPassword: values.adminPassword || null,
          },
        },
      });
      const payload = data?.createTenant;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['name', 'subdomain', 'adminEmail', 'adminPassword'])) return;
      if (!payload.tenant) return;
      notifications.show({ color: 'green', title: 'Tenant created', message: `${payload.tenant.name} is ready.` });
      onCreated({
        name: payload.tenant.name,
        adminEmail: payload.adminUser?.email ?? values.adminEmail,
        generatedAdminPassword: payload.generatedAdminPassword ?? null,
      });
      close();
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not create the tenant', message: errorMessage(error) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Create tenant">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" aria-label="Name" required maxLength={MAX_TENANT_NAME_LENGTH} data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="Subdomain"
            description={
              <Text span size="xs" data-testid="subdomain-preview">
                {form.values.subdomain
                  ? 'As entered'
                  : derived
                    ? `Leave empty to use “${derived}”`
                    : 'Derived from the name when empty'}
              </Text>
            }
            placeholder={derived || undefined}
            maxLength={MAX_SUBDOMAIN_LENGTH}
            {...form.getInputProps('subdomain')}
          />
          <TextInput
            label="Admin email"
            aria-label="Admin email"
            type="email"
            required
            maxLength={MAX_EMAIL_LENGTH}
            {...form.getInputProps('adminEmail')}
          />
          <PasswordInput
            label="Admin password"
            description="Optional; a password is generated and shown once when empty"
            autoComplete="new-password"
            {...form.getInputProps('adminPassword')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create tenant
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
