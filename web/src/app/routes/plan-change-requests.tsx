import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconArrowsExchange } from '@tabler/icons-react';
import { validatePlanChangeRequestsSearch } from '../../features/applications/plan-change-requests-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const PlanChangeRequestsPage = lazy(() =>
  import('../../features/applications/plan-change-requests-page').then((m) => ({ default: m.PlanChangeRequestsPage })),
);

export const planChangeRequestsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/plan-change-requests',
  validateSearch: validatePlanChangeRequestsSearch,
  staticData: { title: 'Plan change requests', nav: { section: 'catalog', icon: IconArrowsExchange } },
  component: PlanChangeRequestsRoute,
});

function PlanChangeRequestsRoute() {
  const search = planChangeRequestsRoute.useSearch();
  const navigate = planChangeRequestsRoute.useNavigate();
  return (
    <LazyPage loading="Loading the plan change requests">
      <PlanChangeRequestsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
