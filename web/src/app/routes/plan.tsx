import { Suspense, lazy } from 'react';
import { Center, Loader } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
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
    <Suspense
      fallback={
        <Center mih="50vh">
          <Loader aria-label="Loading the plan" />
        </Center>
      }
    >
      <PlanPage planId={planId} />
    </Suspense>
  );
}
