import { Button, Group, Paper, Stack, Textarea, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { MAX_APPLICATION_DESCRIPTION_LENGTH, MAX_APPLICATION_NAME_LENGTH, MAX_REDIRECT_URL_LENGTH, redirectUrlProblem } from '@gatehouse/schema/applications';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { forgetApplicationListings } from './application-query';

const UpdateApplication = graphql(`
  mutation UpdateApplication($input: UpdateApplicationInput!) {
    updateApplication(input: $input) {
      application {
        id
        name
        description
        redirectUrl
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

interface DetailsApplication {
  id: string;
  name: string;
  description?: string | null;
  redirectUrl?: string | null;
}

/** The application's name and description, and for OpenID Connect products where users are sent back. */
export function ApplicationDetailsForm({ application, oidc }: { application: DetailsApplication; oidc: boolean }) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-details">
      <Stack>
        <Title order={3} size="h4" id="application-details">
          Details
        </Title>
        {/* A new form when the saved values change (a save here, or someone else's seen on a refetch). */}
        <DetailsForm key={JSON.stringify([application.name, application.description, application.redirectUrl])} application={application} oidc={oidc} />
      </Stack>
    </Paper>
  );
}

function DetailsForm({ application, oidc }: { application: DetailsApplication; oidc: boolean }) {
  const [updateApplication, { loading }] = useMutation(UpdateApplication, { update: forgetApplicationListings });
  const form = useForm({
    mode: 'controlled',
    initialValues: { name: application.name, description: application.description ?? '', redirectUrl: application.redirectUrl ?? '' },
    validate: {
      name: (v) => (v.trim() ? null : 'Give the application a name'),
      redirectUrl: (v) => (oidc && v.trim() ? redirectUrlProblem(v.trim()) : null),
    },
  });
  const submit = form.onSubmit(async (values) => {
    try {
      const { data } = await updateApplication({
        variables: {
          input: {
            id: application.id,
            name: values.name.trim(),
            // Empty strings clear them.
            description: values.description.trim(),
            redirectUrl: oidc ? values.redirectUrl.trim() : null,
          },
        },
      });
      const payload = data?.updateApplication;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['name', 'description', 'redirectUrl'])) return;
      form.resetDirty();
      notifications.show({ color: 'green', title: 'Application saved', message: payload.application?.name ?? values.name });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not save the application', message: errorMessage(error) });
    }
  });
  return (
    <form onSubmit={submit} noValidate aria-label="Application details">
      <Stack>
        <TextInput label="Name" aria-label="Name" required maxLength={MAX_APPLICATION_NAME_LENGTH} {...form.getInputProps('name')} />
        <Textarea label="Description" aria-label="Description" rows={2} maxLength={MAX_APPLICATION_DESCRIPTION_LENGTH} {...form.getInputProps('description')} />
        {oidc && (
          <TextInput
            label="Redirect URL"
            aria-label="Redirect URL"
            description="Where the OpenID Connect provider sends users back after they log in; empty for none."
            placeholder="https://app.example.com/callback"
            maxLength={MAX_REDIRECT_URL_LENGTH}
            {...form.getInputProps('redirectUrl')}
          />
        )}
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
