import { useState } from 'react';
import { Alert, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useApolloClient, useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';
import { ViewerQuery } from './viewer-query';

const LoginMutation = graphql(`
  mutation Login($input: LoginInput!) {
    login(input: $input) {
      user {
        id
      }
      userErrors {
        field
        message
        code
      }
    }
  }
`);

interface LoginFormProps {
  /** Prefilled from the host name on `<sub>-admin.<domain>`. */
  defaultTenant?: string;
  onLoggedIn: () => void;
}

export function LoginForm({ defaultTenant, onLoggedIn }: LoginFormProps) {
  const client = useApolloClient();
  const [login, { loading }] = useMutation(LoginMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { tenant: defaultTenant ?? '', email: '', password: '' },
    validate: {
      email: (v) => (/^\S+@\S+$/.test(v) ? null : 'Enter an email address'),
      password: (v) => (v ? null : 'Enter your password'),
    },
  });
  const [formError, setFormError] = useState<string | null>(null);

  const submit = form.onSubmit(async (values) => {
    setFormError(null);
    try {
      const { data } = await login({
        variables: {
          input: { tenant: values.tenant.trim() || null, email: values.email.trim(), password: values.password },
        },
      });
      const payload = data?.login;
      if (!payload) return;
      const credentialErrors = payload.userErrors.filter((e) => !e.field || e.field.length === 0);
      if (credentialErrors.length > 0) {
        setFormError(credentialErrors.map((e) => e.message).join(' '));
      }
      const fieldErrors = payload.userErrors.filter((e) => e.field && e.field.length > 0);
      applyUserErrors(fieldErrors, form.setFieldError, ['tenant', 'email', 'password']);
      if (payload.userErrors.length > 0 || !payload.user) return;
      // The session cookie is set: drop anything cached for the anonymous visitor, then load the viewer.
      await client.clearStore();
      await client.query({ query: ViewerQuery, fetchPolicy: 'network-only' });
      onLoggedIn();
    } catch (error) {
      setFormError(errorMessage(error));
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Log in">
      <Stack>
        {formError && (
          <Alert color="red" role="alert" title="Could not log in">
            {formError}
          </Alert>
        )}
        <TextInput
          label="Tenant"
          description="Your admin portal's subdomain; leave empty for the master portal"
          autoComplete="organization"
          {...form.getInputProps('tenant')}
        />
        <TextInput label="Email" aria-label="Email" type="email" required autoComplete="username" {...form.getInputProps('email')} />
        <PasswordInput label="Password" aria-label="Password" required autoComplete="current-password" {...form.getInputProps('password')} />
        <Button type="submit" loading={loading}>
          Log in
        </Button>
      </Stack>
    </form>
  );
}
