import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconAlertTriangle } from '@tabler/icons-react';
import { validateUsageAlertsSearch } from '../../features/analytics/alerts-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const AlertsPage = lazy(() => import('../../features/analytics/alerts-page').then((m) => ({ default: m.AlertsPage })));

export const alertsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/alerts',
  validateSearch: validateUsageAlertsSearch,
  staticData: { title: 'Usage alerts', nav: { section: 'analytics', icon: IconAlertTriangle } },
  component: AlertsRoute,
});

function AlertsRoute() {
  const search = alertsRoute.useSearch();
  const navigate = alertsRoute.useNavigate();
  return (
    <LazyPage loading="Loading the usage alerts">
      <AlertsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
