import { Alert, Button, Center, Divider, Group, Loader, Modal, Select, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { useNavigate } from '@tanstack/react-router';
import { MAX_ORG_NAME_LENGTH, MAX_USERNAME_LENGTH, usernameFromEmail, usernameProblem } from '@gatehouse/schema/accounts';
import { MAX_EMAIL_LENGTH } from '@gatehouse/schema/lengths';
import { graphql } from '../../gql';
import type { AccountPlanOptionFragment, FieldDefinitionForFormFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { planChoice } from '../../components/ui/plan-choice';
import { useAccountPlans } from './account-plans-query';
import { FieldDefinitionsQuery } from './field-definitions-query';
import { changedValues, fieldKey, FieldValueInputs, fieldValueProblems, onFieldInputs, valueFields } from './field-value-inputs';

const CreateAccountMutation = graphql(`
  mutation CreateAccount($input: CreateAccountInput!) {
    createAccount(input: $input) {
      account {
        id
        orgName
      }
      user {
        id
        username
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface CreateAccountModalProps {
  opened: boolean;
  onClose: () => void;
}

/** A new developer account with its admin user: the form loads the tenant's plans and account fields first. */
export function CreateAccountModal({ opened, onClose }: CreateAccountModalProps) {
  return (
    <Modal opened={opened} onClose={onClose} title="Create account" size="lg">
      {opened && <CreateAccountForm onClose={onClose} />}
    </Modal>
  );
}

function CreateAccountForm({ onClose }: { onClose: () => void }) {
  const plans = useAccountPlans();
  const definitions = useQuery(FieldDefinitionsQuery, { variables: { target: 'ACCOUNT' } });
  const fields = definitions.data && valueFields(definitions.data.fieldDefinitions).filter((definition) => !definition.hidden);
  const error = plans.error ?? definitions.error;
  if (error) {
    return (
      <Alert color="red" title="The form cannot be shown" role="alert">
        {errorMessage(error)}
      </Alert>
    );
  }
  if (!plans.plans || !fields) {
    return (
      <Center mih={200}>
        <Loader aria-label="Loading the form" />
      </Center>
    );
  }
  return <LoadedForm plans={plans.plans} defaultPlanId={plans.defaultPlan?.id ?? null} fields={fields} onClose={onClose} />;
}

interface LoadedFormProps {
  plans: readonly AccountPlanOptionFragment[];
  defaultPlanId: string | null;
  /** The account's fields developers see, in form order. */
  fields: readonly FieldDefinitionForFormFragment[];
  onClose: () => void;
}

interface FormValues {
  orgName: string;
  email: string;
  username: string;
  planId: string | null;
  fields: Record<string, string | null>;
}

const EMAIL = /^\S+@\S+$/;

function LoadedForm({ plans, defaultPlanId, fields, onClose }: LoadedFormProps) {
  const navigate = useNavigate();
  const [createAccount, { loading }] = useMutation(CreateAccountMutation, {
    refetchQueries: ['Accounts'],
    awaitRefetchQueries: true,
  });
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: {
      orgName: '',
      email: '',
      username: '',
      planId: defaultPlanId,
      fields: Object.fromEntries(fields.map((definition) => [definition.name, ''])),
    },
    validate: (values) => ({
      orgName: values.orgName.trim() ? null : 'Give the organization a name',
      email: EMAIL.test(values.email.trim()) ? null : 'Enter an email address',
      username: values.username.trim() ? usernameProblem(values.username.trim()) : null,
      ...fieldValueProblems(fields, values.fields),
    }),
  });
  const derived = EMAIL.test(form.values.email.trim()) ? usernameFromEmail(form.values.email.trim()) : null;

  const submit = form.onSubmit(async (values) => {
    const sent = changedValues(fields, {}, values.fields);
    try {
      const { data } = await createAccount({
        variables: {
          input: {
            orgName: values.orgName.trim(),
            email: values.email.trim(),
            username: values.username.trim() || null,
            planId: values.planId,
            fields: sent,
          },
        },
      });
      const payload = data?.createAccount;
      if (!payload) return;
      const formFields = ['orgName', 'email', 'username', 'planId', ...fields.map((definition) => fieldKey(definition.name))];
      if (applyUserErrors(onFieldInputs(payload.userErrors, sent), form.setFieldError, formFields)) return;
      if (!payload.account) return;
      notifications.show({
        color: 'green',
        title: 'Account created',
        message: `${payload.account.orgName} is approved; its admin ${payload.user?.username ?? values.email} has no password until invited.`,
      });
      onClose();
      void navigate({ to: '/accounts/$accountId', params: { accountId: payload.account.id } });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not create the account', message: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <TextInput
          label="Organization name"
          aria-label="Organization name"
          required
          maxLength={MAX_ORG_NAME_LENGTH}
          data-autofocus
          {...form.getInputProps('orgName')}
        />
        <TextInput
          label="Admin email"
          aria-label="Admin email"
          type="email"
          required
          maxLength={MAX_EMAIL_LENGTH}
          {...form.getInputProps('email')}
        />
        <TextInput
          label="Username"
          description={
            <Text span size="xs" data-testid="username-preview">
              {form.values.username.trim() ? 'As entered' : derived ? `Leave empty to use “${derived}”` : 'Derived from the email when empty'}
            </Text>
          }
          placeholder={derived ?? undefined}
          maxLength={MAX_USERNAME_LENGTH}
          {...form.getInputProps('username')}
        />
        <Select
          label="Account plan"
          placeholder={defaultPlanId ? undefined : 'The tenant has no default plan: choose one'}
          data={plans.map(planChoice)}
          allowDeselect={false}
          searchable
          {...form.getInputProps('planId')}
        />
        {fields.length > 0 && (
          <>
            <Divider label="Account fields" labelPosition="left" />
            <Text size="xs" c="dimmed">
              Fields marked * are required of developers when they sign up; you may leave them empty.
            </Text>
            <SimpleGrid cols={{ base: 1, sm: 2 }}>
              <FieldValueInputs definitions={fields} inputProps={(key) => form.getInputProps(key)} />
            </SimpleGrid>
          </>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            Cancel
          </Button>
          <Button type="submit" loading={loading}>
            Create account
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
