import { createRoute, redirect } from '@tanstack/react-router';
import { ViewerQuery } from '../../features/auth/viewer-query';
import { AppLayout } from '../app-layout';
import { rootRoute } from './root';

/** Every page behind the login: loads the viewer once, sends anonymous visitors to /login. */
export const appLayoutRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const { data } = await context.apolloClient.query({ query: ViewerQuery, fetchPolicy: 'cache-first' });
    const viewer = data?.viewer;
    if (!viewer) throw redirect({ to: '/login', search: { redirect: location.href } });
    return { viewer };
  },
  component: AppLayout,
});
