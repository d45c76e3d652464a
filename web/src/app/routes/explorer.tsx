import { Suspense, lazy } from 'react';
import { Center, Loader } from '@mantine/core';
import { createRoute } from '@tanstack/react-router';
import { IconCode } from '@tabler/icons-react';
import { appLayoutRoute } from './app-layout';

// GraphiQL and Monaco weigh megabytes: they load only when someone opens the explorer.
const ExplorerPage = lazy(() => import('../../features/explorer/explorer-page'));

export const explorerRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/explorer',
  staticData: { title: 'API explorer', nav: { section: 'developers', icon: IconCode } },
  component: ExplorerRoute,
});

function ExplorerRoute() {
  const { wsUrl } = explorerRoute.useRouteContext();
  return (
    <Suspense
      fallback={
        <Center mih="50vh">
          <Loader aria-label="Loading the API explorer" />
        </Center>
      }
    >
      <ExplorerPage href={window.location.href} wsUrl={wsUrl} />
    </Suspense>
  );
}
