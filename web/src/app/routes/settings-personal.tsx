import { Stack, Title } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { IconUser } from '@tabler/icons-react';
import { ChangePasswordForm } from '../../features/auth/change-password-form';
import { appLayoutRoute } from './app-layout';

export const settingsPersonalRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/personal',
  staticData: { title: 'Personal settings', nav: { section: 'settings', icon: IconUser } },
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
