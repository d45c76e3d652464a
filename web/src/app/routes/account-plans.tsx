import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconUsersGroup } from '@tabler/icons-react';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const AccountPlansPage = lazy(() => import('../../features/catalog/account-plans-page').then((m) => ({ default: m.AccountPlansPage })));

export const accountPlansRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/account-plans',
  staticData: { title: 'Account plans', nav: { section: 'catalog', icon: IconUsersGroup } },
  component: () => (
    <LazyPage loading="Loading the account plans">
      <AccountPlansPage />
    </LazyPage>
  ),
});
