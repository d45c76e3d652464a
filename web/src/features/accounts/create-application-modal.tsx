import { Alert, Button, Group, Modal, Select, Stack, Textarea, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { MAX_APPLICATION_DESCRIPTION_LENGTH, MAX_APPLICATION_NAME_LENGTH } from '@gatehouse/schema/applications';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { useAccountPageProducts, useProductPlans } from './account-products-query';
import { forgetAccountFields, forgetAccountListings } from './account-query';

const CreateApplication = graphql(`
  mutation CreateApplication($input: CreateApplicationInput!) {
    createApplication(input: $input) {
      application {
        id
        name
        state
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface CreateApplicationModalProps {
  account: { id: string; orgName: string };
  opened: boolean;
  onClose: () => void;
}

/** A new application of the account: a product, one of its application plans (its default at first), a name. */
export function CreateApplicationModal({ account, opened, onClose }: CreateApplicationModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="New application">
      {opened && <CreateApplicationForm account={account} onClose={onClose} />}
    </Modal>
  );
}

interface FormValues {
  serviceId: string | null;
  /** Null until the product's plans load: then its default. */
  planId: string | null;
  name: string;
  description: string;
}

function CreateApplicationForm({ account, onClose }: { account: { id: string; orgName: string }; onClose: () => void }) {
  const navigate = useNavigate();
  const products = useAccountPageProducts();
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { serviceId: null, planId: null, name: '', description: '' },
    validate: {
      serviceId: (v) => (v ? null : 'Choose a product'),
      name: (v) => (v.trim() ? null : 'Give the application a name'),
    },
  });
  const plans = useProductPlans('application', form.values.serviceId);
  // The product's default plan until another is chosen; a product without one needs a choice.
  const planId = form.values.planId ?? plans.defaultPlan?.id ?? null;
  const [createApplication, { loading }] = useMutation(CreateApplication, {
    update(cache) {
      // The account now has one more application (and maybe a subscription); the listings too.
      forgetAccountFields(cache, account.id, ['applications', 'applicationCount', 'serviceSubscriptions']);
      forgetAccountListings(cache);
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'applications' });
      cache.evict({ id: 'ROOT_QUERY', fieldName: 'serviceSubscriptions' });
      cache.gc();
    },
  });

  const submit = form.onSubmit(async (values) => {
    if (plans.plans && !planId) {
      form.setFieldError('planId', 'The product has no default application plan: choose one');
      return;
    }
    try {
      const { data } = await createApplication({
        variables: {
          input: {
            accountId: account.id,
            serviceId: values.serviceId!,
            planId,
            name: values.name.trim(),
            description: values.description.trim() || null,
          },
        },
      });
      const payload = data?.createApplication;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['serviceId', 'planId', 'name', 'description'])) return;
      if (!payload.application) return;
      notifications.show({
        color: 'green',
        title: 'Application created',
        message: `${payload.application.name} of ${account.orgName} is ${payload.application.state === 'PENDING' ? 'waiting for approval' : 'live'}.`,
      });
      onClose();
      void navigate({ to: '/applications/$applicationId', params: { applicationId: payload.application.id } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not create the application', message: errorMessage(error) });
    }
  });

  if (products.error) {
    return (
      <Alert color="red" title="The form cannot be shown" role="alert">
        {errorMessage(products.error)}
      </Alert>
    );
  }
  return (
    <form onSubmit={submit} noValidate aria-label="New application">
      <Stack>
        <Select
          label="Product"
          aria-label="Product"
          required
          placeholder={products.loading ? 'Loading the products…' : 'Choose a product'}
          data={products.options}
          searchable
          allowDeselect={false}
          data-autofocus
          {...form.getInputProps('serviceId')}
          onChange={(value) => {
            form.setFieldValue('serviceId', value);
            // Another product has other plans: its default again.
            form.setFieldValue('planId', null);
          }}
        />
        <Select
          label="Application plan"
          aria-label="Application plan"
          placeholder={!form.values.serviceId ? 'Choose a product first' : plans.loading ? 'Loading the plans…' : 'Choose a plan'}
          data={plans.options}
          disabled={!form.values.serviceId}
          allowDeselect={false}
          searchable
          {...form.getInputProps('planId')}
          value={planId}
        />
        <TextInput label="Name" aria-label="Name" required maxLength={MAX_APPLICATION_NAME_LENGTH} {...form.getInputProps('name')} />
        <Textarea label="Description" aria-label="Description" rows={2} maxLength={MAX_APPLICATION_DESCRIPTION_LENGTH} {...form.getInputProps('description')} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create application
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
