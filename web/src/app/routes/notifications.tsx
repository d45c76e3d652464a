import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconBell } from '@tabler/icons-react';
import { validateNotificationsSearch } from '../../features/notifications/notifications-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const NotificationsPage = lazy(() => import('../../features/notifications/notifications-page').then((m) => ({ default: m.NotificationsPage })));

export const notificationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/notifications',
  validateSearch: validateNotificationsSearch,
  staticData: { title: 'Notifications', nav: { section: 'home', icon: IconBell } },
  component: NotificationsRoute,
});

function NotificationsRoute() {
  const search = notificationsRoute.useSearch();
  const navigate = notificationsRoute.useNavigate();
  return (
    <LazyPage loading="Loading notifications">
      <NotificationsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
