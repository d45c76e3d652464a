import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconUserPlus } from '@tabler/icons-react';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const SignupSettingsPage = lazy(() => import('../../features/accounts/signup-settings-page').then((m) => ({ default: m.SignupSettingsPage })));

export const settingsSignupRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/signup',
  // Every signed-in user may look; only admins may change them (the page is read-only for members).
  staticData: { title: 'Signup', nav: { section: 'settings', icon: IconUserPlus } },
  component: SettingsSignupRoute,
});

function SettingsSignupRoute() {
  const { viewer } = settingsSignupRoute.useRouteContext();
  return (
    <LazyPage loading="Loading the signup settings">
      <SignupSettingsPage readOnly={viewer.role !== 'ADMIN'} />
    </LazyPage>
  );
}
