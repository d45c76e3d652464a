import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconAddressBook } from '@tabler/icons-react';
import { validateAccountsSearch } from '../../features/accounts/accounts-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// The accounts' pages load when someone opens them, not with the first page.
const AccountsPage = lazy(() => import('../../features/accounts/accounts-page').then((m) => ({ default: m.AccountsPage })));

export const accountsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/accounts',
  validateSearch: validateAccountsSearch,
  staticData: { title: 'Accounts', nav: { section: 'catalog', icon: IconAddressBook } },
  component: AccountsRoute,
});

function AccountsRoute() {
  const search = accountsRoute.useSearch();
  const navigate = accountsRoute.useNavigate();
  return (
    <LazyPage loading="Loading the accounts">
      <AccountsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
