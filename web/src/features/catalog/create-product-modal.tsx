import { Button, Group, Modal, Select, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import {
  deriveServiceSystemName,
  MAX_DESCRIPTION_LENGTH,
  MAX_SERVICE_NAME_LENGTH,
  MAX_SYSTEM_NAME_LENGTH,
  serviceSystemNameProblem,
} from '@gatehouse/schema/catalog';
import { graphql } from '../../gql';
import type { ServiceAuthMode } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { authModeLabels } from './catalog-labels';

const CreateProductMutation = graphql(`
  mutation CreateProduct($input: CreateServiceInput!) {
    createService(input: $input) {
      service {
        id
        name
        systemName
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface CreateProductModalProps {
  opened: boolean;
  onClose: () => void;
}

export function CreateProductModal({ opened, onClose }: CreateProductModalProps) {
  const navigate = useNavigate();
  const [createService, { loading }] = useMutation(CreateProductMutation, { refetchQueries: ['Products'], awaitRefetchQueries: true });
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: '', systemName: '', description: '', authMode: 'USER_KEY' as ServiceAuthMode },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      systemName: (v) => (v ? serviceSystemNameProblem(v) : null),
    },
  });
  const derived = deriveServiceSystemName(form.values.name);

  const close = () => {
    form.reset();
    onClose();
  };

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await createService({
        variables: {
          input: {
            name: values.name.trim(),
            systemName: values.systemName || null,
            description: values.description.trim() || null,
            authMode: values.authMode,
          },
        },
      });
      const payload = data?.createService;
      if (!payload || applyUserErrors(payload.userErrors, form.setFieldError, ['name', 'systemName', 'description', 'authMode'])) return;
      if (!payload.service) return;
      notifications.show({ color: 'green', title: 'Product created', message: `${payload.service.name} (${payload.service.systemName}) is ready.` });
      close();
      void navigate({ to: '/products/$productId', params: { productId: payload.service.id } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not create the product', message: errorMessage(error) });
    }
  });

  return (
    <Modal opened={opened} onClose={close} title="Create product">
      <form onSubmit={submit} noValidate>
        <Stack>
          <TextInput label="Name" aria-label="Name" required maxLength={MAX_SERVICE_NAME_LENGTH} data-autofocus {...form.getInputProps('name')} />
          <TextInput
            label="System name"
            description={
              <Text span size="xs" data-testid="system-name-preview">
                {form.values.systemName ? 'As entered; it cannot be changed later' : derived ? `Leave empty to use “${derived}”` : 'Derived from the name when empty'}
              </Text>
            }
            placeholder={derived || undefined}
            maxLength={MAX_SYSTEM_NAME_LENGTH}
            {...form.getInputProps('systemName')}
          />
          <Textarea label="Description" minRows={2} rows={2} maxLength={MAX_DESCRIPTION_LENGTH} {...form.getInputProps('description')} />
          <Select
            label="Authentication"
            description="How gateways identify the application calling the API"
            data={Object.entries(authModeLabels).map(([value, label]) => ({ value, label }))}
            allowDeselect={false}
            {...form.getInputProps('authMode')}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              Cancel
            </Button>
            <Button type="submit" loading={loading}>
              Create product
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
