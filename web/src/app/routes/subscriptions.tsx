import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconPlugConnected } from '@tabler/icons-react';
import { validateSubscriptionsSearch, type SubscriptionsSearch } from '../../features/applications/subscriptions-search';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// The page and the bulk operations it shows load when it is opened. The bulk operations are the
// accounts listing's (features/accounts/bulk-operations-ui): features do not import each other, so
// they meet here.
const SubscriptionsPage = lazy(() =>
  Promise.all([import('../../features/applications/subscriptions-page'), import('../../features/accounts/bulk-operations-ui')]).then(([m, kit]) => ({
    default: (props: ListingPageProps<SubscriptionsSearch>) => <m.SubscriptionsPage {...props} BulkOperations={kit.BulkOperations} />,
  })),
);

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
