import { createRoute, redirect } from '@tanstack/react-router';
import { appLayoutRoute } from './app-layout';

export const indexRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/',
  beforeLoad: () => {
    throw redirect({ to: '/settings/access-tokens', replace: true });
  },
});
