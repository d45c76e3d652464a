import { useState } from 'react';
import { Button, Checkbox, Code, Group, Modal, Paper, Select, SimpleGrid, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { MAX_DESCRIPTION_LENGTH, MAX_PARAMETER_NAME_LENGTH, MAX_SERVICE_NAME_LENGTH, parameterNameProblem } from '@gatehouse/schema/catalog';
import { graphql } from '../../gql';
import type { ProductQuery, ServiceAuthMode, ServiceState } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { authModeLabels, serviceStateLabels } from './catalog-labels';

const UpdateProductMutation = graphql(`
  mutation UpdateProduct($input: UpdateServiceInput!) {
    updateService(input: $input) {
      service {
        id
        name
        description
        authMode
        userKeyParameter
        appIdParameter
        appKeyParameter
        customKeysAllowed
        emailDevelopersOnUsageAlerts
        state
        updatedAt
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

const DeleteProductMutation = graphql(`
  mutation DeleteProduct($input: DeleteServiceInput!) {
    deleteService(input: $input) {
      deletedServiceId
      userErrors {
        field
        message
        code
      }
    }
  }
`);

type Product = NonNullable<ProductQuery['service']>;
const FIELDS = ['name', 'description', 'authMode', 'userKeyParameter', 'appIdParameter', 'appKeyParameter', 'customKeysAllowed', 'emailDevelopersOnUsageAlerts', 'state'];

/** The product's settings (the system name stays as created) and its deletion. */
export function ProductOverview({ product }: { product: Product }) {
  const [updateService, { loading }] = useMutation(UpdateProductMutation);
  const [deleting, setDeleting] = useState(false);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      name: product.name,
      description: product.description ?? '',
      authMode: product.authMode as ServiceAuthMode,
      userKeyParameter: product.userKeyParameter,
      appIdParameter: product.appIdParameter,
      appKeyParameter: product.appKeyParameter,
      customKeysAllowed: product.customKeysAllowed,
      emailDevelopersOnUsageAlerts: product.emailDevelopersOnUsageAlerts,
      state: product.state as ServiceState,
    },
    validate: {
      name: (v) => (v.trim() ? null : 'Enter a name'),
      userKeyParameter: (v) => parameterNameProblem(v.trim()),
      appIdParameter: (v) => parameterNameProblem(v.trim()),
      appKeyParameter: (v) => parameterNameProblem(v.trim()),
    },
  });

  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await updateService({ variables: { input: { id: product.id, ...values, name: values.name.trim(), description: values.description.trim() } } });
      const payload = data?.updateService;
      if (!payload || applyUserErrors(payload.userErrors, form.setFieldError, FIELDS)) return;
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Product saved', message: `${payload.service?.name ?? product.name} is up to date.` });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save the product', message: errorMessage(error) });
    }
  });

  const mode = form.values.authMode;
  return (
    <Stack maw={720}>
      <form onSubmit={submit} noValidate aria-label="Product settings">
        <Stack>
          <TextInput label="Name" aria-label="Name" required maxLength={MAX_SERVICE_NAME_LENGTH} {...form.getInputProps('name')} />
          <TextInput label="System name" value={product.systemName} readOnly description="Fixed when the product was created: gateways and integrations use it." />
          <Textarea label="Description" minRows={2} rows={2} maxLength={MAX_DESCRIPTION_LENGTH} {...form.getInputProps('description')} />
          <SimpleGrid cols={2}>
            <Select
              label="Authentication"
              data={Object.entries(authModeLabels).map(([value, label]) => ({ value, label }))}
              allowDeselect={false}
              {...form.getInputProps('authMode')}
            />
            <Select
              label="State"
              description="A suspended product refuses every call"
              data={Object.entries(serviceStateLabels).map(([value, label]) => ({ value, label }))}
              allowDeselect={false}
              {...form.getInputProps('state')}
            />
          </SimpleGrid>
          {mode === 'USER_KEY' && (
            <TextInput label="User key parameter" maxLength={MAX_PARAMETER_NAME_LENGTH} {...form.getInputProps('userKeyParameter')} />
          )}
          {mode === 'APP_ID_APP_KEY' && (
            <SimpleGrid cols={2}>
              <TextInput label="App ID parameter" maxLength={MAX_PARAMETER_NAME_LENGTH} {...form.getInputProps('appIdParameter')} />
              <TextInput label="App key parameter" maxLength={MAX_PARAMETER_NAME_LENGTH} {...form.getInputProps('appKeyParameter')} />
            </SimpleGrid>
          )}
          <Checkbox label="Admins may set custom keys for applications" {...form.getInputProps('customKeysAllowed', { type: 'checkbox' })} />
          <Checkbox
            label="Email usage alerts to developers"
            description="When an application reaches 50, 80, 90, 100, 120, 150, 200 or 300 % of a limit, its developer account's admins get an email too. Your team is always notified."
            {...form.getInputProps('emailDevelopersOnUsageAlerts', { type: 'checkbox' })}
          />
          <Group>
            <Button type="submit" loading={loading} disabled={!form.isDirty()}>
              Save
            </Button>
          </Group>
        </Stack>
      </form>
      <Paper withBorder p="md">
        <Stack gap="xs">
          <Title order={4}>Delete this product</Title>
          <Text size="sm">Deletes its metrics, methods and mapping rules, and with them its plans, applications and subscriptions.</Text>
          <Group>
            <Button color="red" variant="light" onClick={() => setDeleting(true)}>
              Delete product
            </Button>
          </Group>
        </Stack>
      </Paper>
      <DeleteProductModal product={product} opened={deleting} onClose={() => setDeleting(false)} />
    </Stack>
  );
}

function DeleteProductModal({ product, opened, onClose }: { product: Product; opened: boolean; onClose: () => void }) {
  const navigate = useNavigate();
  const [typed, setTyped] = useState('');
  const [deleteService, { loading }] = useMutation(DeleteProductMutation, {
    // The product is gone: nothing cached may show it again (going back, another tab of the app).
    update(cache, { data }) {
      if (!data?.deleteService.deletedServiceId) return;
      cache.evict({ id: cache.identify({ __typename: 'Service', id: data.deleteService.deletedServiceId }) });
      cache.evict({ fieldName: 'services' });
      cache.gc();
    },
  });
  const methods = product.metrics.filter((m) => m.kind === 'METHOD').length;
  const metrics = product.metrics.length - methods;
  const close = () => {
    setTyped('');
    onClose();
  };
  const confirm = async () => {
    try {
      const { data } = await deleteService({ variables: { input: { id: product.id } } });
      const payload = data?.deleteService;
      if (!payload) return;
      if (payload.userErrors.length) {
        notifications.show({ color: 'red', title: 'Could not delete the product', message: payload.userErrors.map((e) => e.message).join(' ') });
        return;
      }
      notifications.show({ color: 'green', title: 'Product deleted', message: `${product.name} and everything in it are gone.` });
      close();
      void navigate({ to: '/products' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not delete the product', message: errorMessage(error) });
    }
  };
  return (
    <Modal opened={opened} onClose={close} title="Delete product">
      <Stack>
        <Text size="sm">This deletes, for good:</Text>
        <Text size="sm" component="ul" data-testid="deletion-impact">
          <li>
            {metrics} metric{metrics === 1 ? '' : 's'} and {methods} method{methods === 1 ? '' : 's'}
          </li>
          <li>
            {product.mappingRules.length} mapping rule{product.mappingRules.length === 1 ? '' : 's'}
          </li>
          <li>its application plans, service plans, applications and subscriptions</li>
        </Text>
        <TextInput
          label={
            <>
              Type <Code>{product.name}</Code> to confirm
            </>
          }
          value={typed}
          onChange={(e) => setTyped(e.currentTarget.value)}
          data-autofocus
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={close}>
            Cancel
          </Button>
          <Button color="red" disabled={typed !== product.name} loading={loading} onClick={() => void confirm()}>
            Delete product
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
