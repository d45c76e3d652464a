import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconHistory } from '@tabler/icons-react';
import { validateAuditLogSearch } from '../../features/audit-log/audit-log-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const AuditLogPage = lazy(() => import('../../features/audit-log/audit-log-page').then((m) => ({ default: m.AuditLogPage })));

export const settingsAuditLogRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/audit-log',
  validateSearch: validateAuditLogSearch,
  staticData: { title: 'Audit log', nav: { section: 'settings', icon: IconHistory }, access: 'admin' },
  component: AuditLogRoute,
});

function AuditLogRoute() {
  const search = settingsAuditLogRoute.useSearch();
  const navigate = settingsAuditLogRoute.useNavigate();
  return (
    <LazyPage loading="Loading the audit log">
      <AuditLogPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
