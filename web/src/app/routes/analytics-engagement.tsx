import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconUserCheck } from '@tabler/icons-react';
import { validateEngagementSearch } from '../../features/analytics/engagement-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const EngagementPage = lazy(() => import('../../features/analytics/engagement-page').then((m) => ({ default: m.EngagementPage })));

export const analyticsEngagementRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/analytics/engagement',
  validateSearch: validateEngagementSearch,
  staticData: { title: 'Engagement report', nav: { section: 'analytics', icon: IconUserCheck, label: 'Engagement' } },
  component: EngagementRoute,
});

function EngagementRoute() {
  const search = analyticsEngagementRoute.useSearch();
  const navigate = analyticsEngagementRoute.useNavigate();
  return (
    <LazyPage loading="Loading the engagement report">
      <EngagementPage search={search} onSearchChange={(next) => void navigate({ search: next, replace: true })} />
    </LazyPage>
  );
}
