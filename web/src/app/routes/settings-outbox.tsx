import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconMailForward } from '@tabler/icons-react';
import { validateOutboxSearch } from '../../features/outbox/outbox-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const OutboxPage = lazy(() => import('../../features/outbox/outbox-page').then((m) => ({ default: m.OutboxPage })));

export const settingsOutboxRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/outbox',
  validateSearch: validateOutboxSearch,
  staticData: { title: 'Outbox', nav: { section: 'settings', icon: IconMailForward }, access: 'admin' },
  component: OutboxRoute,
});

function OutboxRoute() {
  const search = settingsOutboxRoute.useSearch();
  const navigate = settingsOutboxRoute.useNavigate();
  return (
    <LazyPage loading="Loading the outbox">
      <OutboxPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
