import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconForms } from '@tabler/icons-react';
import type { FieldsTab } from '../../features/accounts/field-definitions-page';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const FieldDefinitionsPage = lazy(() => import('../../features/accounts/field-definitions-page').then((m) => ({ default: m.FieldDefinitionsPage })));

export const settingsFieldsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/fields',
  validateSearch: (search: Record<string, unknown>): { tab?: FieldsTab } => (search.tab === 'users' ? { tab: 'users' } : {}),
  // Every signed-in user may look; only admins may change them (the page is read-only for members).
  staticData: { title: 'Fields', nav: { section: 'settings', icon: IconForms } },
  component: SettingsFieldsRoute,
});

function SettingsFieldsRoute() {
  const { tab } = settingsFieldsRoute.useSearch();
  const { viewer } = settingsFieldsRoute.useRouteContext();
  const navigate = settingsFieldsRoute.useNavigate();
  return (
    <LazyPage loading="Loading the fields">
      <FieldDefinitionsPage
        tab={tab ?? 'accounts'}
        onTabChange={(next) => void navigate({ search: next === 'accounts' ? {} : { tab: next }, replace: true })}
        readOnly={viewer.role !== 'ADMIN'}
      />
    </LazyPage>
  );
}
