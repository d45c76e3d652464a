import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconBellCog } from '@tabler/icons-react';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const NotificationPreferencesPage = lazy(() =>
  import('../../features/notifications/notification-preferences-page').then((m) => ({ default: m.NotificationPreferencesPage })),
);

export const settingsNotificationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/notifications',
  staticData: { title: 'Notification preferences', nav: { section: 'settings', icon: IconBellCog } },
  component: () => (
    <LazyPage loading="Loading your notification preferences">
      <NotificationPreferencesPage />
    </LazyPage>
  ),
});
