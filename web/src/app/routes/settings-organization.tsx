import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconBuilding } from '@tabler/icons-react';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const OrganizationSettingsPage = lazy(() => import('../../features/tenants/organization-settings-page').then((m) => ({ default: m.OrganizationSettingsPage })));

export const settingsOrganizationRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/organization',
  // Every signed-in user may look; only admins may change it (the page is read-only for members).
  staticData: { title: 'Organization', nav: { section: 'settings', icon: IconBuilding } },
  component: SettingsOrganizationRoute,
});

function SettingsOrganizationRoute() {
  const { viewer } = settingsOrganizationRoute.useRouteContext();
  return (
    <LazyPage loading="Loading the organization">
      <OrganizationSettingsPage readOnly={viewer.role !== 'ADMIN'} />
    </LazyPage>
  );
}
