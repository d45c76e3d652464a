import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconApps } from '@tabler/icons-react';
import { validateApplicationsSearch, type ApplicationsSearch } from '../../features/applications/applications-search';
import type { ListingPageProps } from '../../components/ui/data-table/use-listing';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// The page and the bulk operations it shows load when it is opened. The bulk operations are the
// accounts listing's (features/accounts/bulk-operations-ui): features do not import each other, so
// they meet here.
const ApplicationsPage = lazy(() =>
  Promise.all([import('../../features/applications/applications-page'), import('../../features/accounts/bulk-operations-ui')]).then(([m, kit]) => ({
    default: (props: ListingPageProps<ApplicationsSearch>) => <m.ApplicationsPage {...props} BulkOperations={kit.BulkOperations} />,
  })),
);

export const applicationsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/applications',
  validateSearch: validateApplicationsSearch,
  staticData: { title: 'Applications', nav: { section: 'catalog', icon: IconApps } },
  component: ApplicationsRoute,
});

function ApplicationsRoute() {
  const search = applicationsRoute.useSearch();
  const navigate = applicationsRoute.useNavigate();
  return (
    <LazyPage loading="Loading the applications">
      <ApplicationsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
