import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconPlugConnected } from '@tabler/icons-react';
import { validateSubscriptionsSearch } from '../../features/applications/subscriptions-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const SubscriptionsPage = lazy(() => import('../../features/applications/subscriptions-page').then((m) => ({ default: m.SubscriptionsPage })));

export const subscriptionsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/subscriptions',
  validateSearch: validateSubscriptionsSearch,
  staticData: { title: 'Subscriptions', nav: { section: 'catalog', icon: IconPlugConnected } },
  component: SubscriptionsRoute,
});

function SubscriptionsRoute() {
  const search = subscriptionsRoute.useSearch();
  const navigate = subscriptionsRoute.useNavigate();
  return (
    <LazyPage loading="Loading the subscriptions">
      <SubscriptionsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
