import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconChartAreaLine } from '@tabler/icons-react';
import { validateAnalyticsSearch } from '../../features/analytics/analytics-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// Charts (recharts) and the date picker load with the page, never with the first one.
const AnalyticsPage = lazy(() => import('../../features/analytics/analytics-page').then((m) => ({ default: m.AnalyticsPage })));

export const analyticsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/analytics',
  validateSearch: validateAnalyticsSearch,
  staticData: { title: 'Usage analytics', nav: { section: 'analytics', icon: IconChartAreaLine, label: 'Usage' } },
  component: AnalyticsRoute,
});

function AnalyticsRoute() {
  const search = analyticsRoute.useSearch();
  const navigate = analyticsRoute.useNavigate();
  const { viewer } = analyticsRoute.useRouteContext();
  return (
    <LazyPage loading="Loading the usage analytics">
      <AnalyticsPage search={search} tenantTimeZone={viewer.tenant.timeZone} onSearchChange={(next) => void navigate({ search: next, replace: true })} />
    </LazyPage>
  );
}
