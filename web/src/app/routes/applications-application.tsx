import { lazy, Suspense } from 'react';
import { Center, Loader } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// Loaded when an application is opened (see applications.tsx).
const ApplicationPage = lazy(() => import('../../features/applications/application-page').then((m) => ({ default: m.ApplicationPage })));
// Its usage section (charts) comes from the analytics feature, in a chunk of its own.
const ApplicationUsage = lazy(() => import('../../features/analytics/application-usage').then((m) => ({ default: m.ApplicationUsage })));

export const applicationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/applications/$applicationId',
  staticData: { title: 'Application' },
  component: ApplicationRoute,
});

function ApplicationRoute() {
  const { applicationId } = applicationRoute.useParams();
  const { viewer } = applicationRoute.useRouteContext();
  return (
    <LazyPage loading="Loading the application">
      {/* Keyed by the application: another application's page starts with fresh forms. */}
      <ApplicationPage
        key={applicationId}
        applicationId={applicationId}
        usage={
          <Suspense
            fallback={
              <Center p="md">
                <Loader size="sm" aria-label="Loading the usage" />
              </Center>
            }
          >
            <ApplicationUsage applicationId={applicationId} timeZone={viewer.tenant.timeZone} />
          </Suspense>
        }
      />
    </LazyPage>
  );
}
