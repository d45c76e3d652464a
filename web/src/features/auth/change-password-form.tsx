import { Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useMutation } from '@apollo/client/react';
import { notifications } from '@mantine/notifications';
import { MIN_PASSWORD_LENGTH, passwordProblem } from '@gatehouse/schema/password';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import { applyUserErrors } from '../../lib/user-errors';

const ChangePasswordMutation = graphql(`
  mutation ChangePassword($input: ChangePasswordInput!) {
    changePassword(input: $input) {
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

export function ChangePasswordForm() {
  const [changePassword, { loading }] = useMutation(ChangePasswordMutation);
  const form = useForm({
    mode: 'controlled',
    initialValues: { currentPassword: '', newPassword: '', confirmPassword: '' },
    validate: {
      currentPassword: (v) => (v ? null : 'Enter your current password'),
      newPassword: (v, values) =>
        passwordProblem(v) ?? (v === values.currentPassword ? 'Choose a password different from the current one' : null),
      confirmPassword: (v, values) => (v === values.newPassword ? null : 'Passwords do not match'),
    },
  });

  const submit = form.onSubmit(async ({ currentPassword, newPassword }) => {
    try {
      const { data } = await changePassword({ variables: { input: { currentPassword, newPassword } } });
      const payload = data?.changePassword;
      if (!payload) return;
      if (applyUserErrors(payload.userErrors, form.setFieldError, ['currentPassword', 'newPassword'])) return;
      form.reset();
      notifications.show({ color: 'green', title: 'Password changed', message: 'Use the new password next time you log in.' });
    } catch (error) {
      notifications.show({ color: 'red', title: 'Could not change the password', message: errorMessage(error) });
    }
  });

  return (
    <form onSubmit={submit} noValidate aria-label="Change password">
      <Stack maw={420}>
        <PasswordInput label="Current password" aria-label="Current password" required autoComplete="current-password" {...form.getInputProps('currentPassword')} />
        <PasswordInput
          label="New password"
          description={`At least ${MIN_PASSWORD_LENGTH} characters`}
          required
          autoComplete="new-password"
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput label="Confirm new password" required autoComplete="new-password" {...form.getInputProps('confirmPassword')} />
        <Button type="submit" loading={loading} w="fit-content">
          Change password
        </Button>
      </Stack>
    </form>
  );
}
