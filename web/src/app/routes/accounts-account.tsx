import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// Loaded when an account is opened (see accounts.tsx).
const AccountPage = lazy(() => import('../../features/accounts/account-page').then((m) => ({ default: m.AccountPage })));

export const accountRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/accounts/$accountId',
  staticData: { title: 'Account' },
  component: AccountRoute,
});

function AccountRoute() {
  const { accountId } = accountRoute.useParams();
  return (
    <LazyPage loading="Loading the account">
      {/* Keyed by the account: another account's page starts with fresh forms. */}
      <AccountPage key={accountId} accountId={accountId} />
    </LazyPage>
  );
}
