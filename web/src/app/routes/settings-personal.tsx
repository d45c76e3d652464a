import { Stack, Title } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { ChangePasswordForm } from '../../features/auth/change-password-form';
import { appLayoutRoute } from './app-layout';

export const settingsPersonalRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/personal',
  component: () => (
    <Stack>
      <Title order={2}>Personal settings</Title>
      <Title order={3} size="h4">
        Change password
      </Title>
      <ChangePasswordForm />
    </Stack>
  ),
});
