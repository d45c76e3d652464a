import { Suspense, lazy } from 'react';
import { Center, Loader } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { IconUsersGroup } from '@tabler/icons-react';
import { appLayoutRoute } from './app-layout';

const AccountPlansPage = lazy(() => import('../../features/catalog/account-plans-page').then((m) => ({ default: m.AccountPlansPage })));

export const accountPlansRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/account-plans',
  staticData: { title: 'Account plans', nav: { section: 'catalog', icon: IconUsersGroup } },
  component: () => (
    <Suspense
      fallback={
        <Center mih="50vh">
          <Loader aria-label="Loading the account plans" />
        </Center>
      }
    >
      <AccountPlansPage />
    </Suspense>
  ),
});
