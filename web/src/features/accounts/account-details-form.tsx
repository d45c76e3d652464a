import { Alert, Button, Group, Loader, Paper, SimpleGrid, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation, useQuery } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { MAX_ORG_NAME_LENGTH } from '@gatehouse/schema/accounts';
import { graphql } from '../../gql';
import type { FieldDefinitionForFormFragment } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { forgetAccountListings } from './account-query';
import { FieldDefinitionsQuery } from './field-definitions-query';
import { changedValues, fieldKey, FieldValueInputs, fieldValueProblems, onFieldInputs, valueFields } from './field-value-inputs';

const UpdateAccount = graphql(`
  mutation UpdateAccount($input: UpdateAccountInput!) {
    updateAccount(input: $input) {
      account {
        id
        orgName
        fields {
          name
          label
          value
        }
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

interface DetailsAccount {
  id: string;
  orgName: string;
  fields: readonly { name: string; value?: string | null }[];
}

/** The account's name and every field, hidden ones included; loads the tenant's field definitions first. */
export function AccountDetailsForm({ account }: { account: DetailsAccount }) {
  const { data, error } = useQuery(FieldDefinitionsQuery, { variables: { target: 'ACCOUNT' } });
  return (
    <Paper withBorder p="md">
      <Stack>
        <Title order={3} size="h4">
          Details
        </Title>
        {error ? (
          <Alert color="red" title="The fields cannot be shown" role="alert">
            {errorMessage(error)}
          </Alert>
        ) : !data ? (
          <Loader size="sm" aria-label="Loading the fields" />
        ) : (
          // A new form when the saved values change (a save here, or someone else's seen on a refetch).
          <DetailsForm
            key={JSON.stringify([account.orgName, account.fields])}
            account={account}
            definitions={valueFields(data.fieldDefinitions)}
          />
        )}
      </Stack>
    </Paper>
  );
}

interface FormValues {
  orgName: string;
  fields: Record<string, string | null>;
}

function DetailsForm({ account, definitions }: { account: DetailsAccount; definitions: readonly FieldDefinitionForFormFragment[] }) {
  const [updateAccount, { loading }] = useMutation(UpdateAccount, { update: forgetAccountListings });
  const saved = Object.fromEntries(account.fields.map((field) => [field.name, field.value ?? '']));
  const form = useForm<FormValues>({
    mode: 'controlled',
    initialValues: { orgName: account.orgName, fields: Object.fromEntries(definitions.map((definition) => [definition.name, saved[definition.name] ?? ''])) },
    validate: (values) => ({
      orgName: values.orgName.trim() ? null : 'Give the organization a name',
      ...fieldValueProblems(definitions, values.fields),
    }),
  });

  const submit = form.onSubmit(async (values) => {
    const orgName = values.orgName.trim();
    const sent = changedValues(definitions, saved, values.fields);
    if (orgName === account.orgName && sent.length === 0) return;
    try {
      const { data } = await updateAccount({
        variables: { input: { id: account.id, orgName: orgName === account.orgName ? null : orgName, fields: sent.length > 0 ? sent : null } },
      });
      const payload = data?.updateAccount;
      if (!payload) return;
      const formFields = ['orgName', ...definitions.map((definition) => fieldKey(definition.name))];
      if (applyUserErrors(onFieldInputs(payload.userErrors, sent), form.setFieldError, formFields)) return;
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Account saved', message: payload.account?.orgName ?? orgName });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save the account', message: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Account details">
      <Stack>
        <TextInput label="Organization name" aria-label="Organization name" required maxLength={MAX_ORG_NAME_LENGTH} {...form.getInputProps('orgName')} />
        <Text size="xs" c="dimmed">
          Fields marked * are required of developers when they sign up; you may leave them empty.
        </Text>
        <SimpleGrid cols={{ base: 1, md: 2 }}>
          <FieldValueInputs definitions={definitions} inputProps={(key) => form.getInputProps(key)} />
        </SimpleGrid>
        <Group>
          <Button type="submit" loading={loading} disabled={!form.isDirty()}>
            Save
          </Button>
          <Button variant="default" disabled={!form.isDirty() || loading} onClick={() => form.reset()}>
            Discard
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
