import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// Loaded when an application is opened (see applications.tsx).
const ApplicationPage = lazy(() => import('../../features/applications/application-page').then((m) => ({ default: m.ApplicationPage })));

export const applicationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/applications/$applicationId',
  staticData: { title: 'Application' },
  component: ApplicationRoute,
});

function ApplicationRoute() {
  const { applicationId } = applicationRoute.useParams();
  return (
    <LazyPage loading="Loading the application">
      {/* Keyed by the application: another application's page starts with fresh forms. */}
      <ApplicationPage key={applicationId} applicationId={applicationId} />
    </LazyPage>
  );
}
