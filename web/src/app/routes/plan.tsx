import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// Loaded when a plan is opened (see products.tsx).
const PlanPage = lazy(() => import('../../features/catalog/plan-page').then((m) => ({ default: m.PlanPage })));

export const planRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/plans/$planId',
  staticData: { title: 'Plan' },
  component: PlanRoute,
});

function PlanRoute() {
  const { planId } = planRoute.useParams();
  return (
    <LazyPage loading="Loading the plan">
      <PlanPage planId={planId} />
    </LazyPage>
  );
}
