import { createRoute } from '@tanstack/react-router';
import { IconBuilding } from '@tabler/icons-react';
import { TenantsPage } from '../../features/tenants/tenants-page';
import { validateListSearch } from '../../components/ui/data-table/list-search';
import { appLayoutRoute } from './app-layout';

export const tenantsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/tenants',
  validateSearch: validateListSearch,
  staticData: { title: 'Tenants', nav: { section: 'operator', icon: IconBuilding }, access: 'master' },
  component: TenantsRoute,
});

function TenantsRoute() {
  const search = tenantsRoute.useSearch();
  const navigate = tenantsRoute.useNavigate();
  return <TenantsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />;
}
