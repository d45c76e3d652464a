import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconApps } from '@tabler/icons-react';
import { validateApplicationsSearch } from '../../features/applications/applications-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const ApplicationsPage = lazy(() => import('../../features/applications/applications-page').then((m) => ({ default: m.ApplicationsPage })));

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
