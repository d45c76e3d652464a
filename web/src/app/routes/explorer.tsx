import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconCode } from '@tabler/icons-react';
import { LazyPage } from '../lazy-page';
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
    <LazyPage loading="Loading the API explorer">
      <ExplorerPage href={window.location.href} wsUrl={wsUrl} />
    </LazyPage>
  );
}
