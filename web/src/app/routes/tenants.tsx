import { createRoute } from '@tanstack/react-router';
import { TenantsPage } from '../../features/tenants/tenants-page';
import { validateListSearch } from '../../components/ui/data-table/list-search';
import { Forbidden } from '../forbidden';
import { appLayoutRoute } from './app-layout';

export const tenantsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/tenants',
  validateSearch: validateListSearch,
  component: TenantsRoute,
});

function TenantsRoute() {
  const { viewer } = tenantsRoute.useRouteContext();
  const search = tenantsRoute.useSearch();
  const navigate = tenantsRoute.useNavigate();
  if (!viewer.tenant.isMaster) return <Forbidden what="Only the operator's master admins manage tenants." />;
  return <TenantsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />;
}
