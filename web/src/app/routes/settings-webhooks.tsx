import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconWebhook } from '@tabler/icons-react';
import { validateWebhooksSearch } from '../../features/webhooks/webhooks-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

const WebhooksPage = lazy(() => import('../../features/webhooks/webhooks-page').then((m) => ({ default: m.WebhooksPage })));

export const settingsWebhooksRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/webhooks',
  validateSearch: validateWebhooksSearch,
  staticData: { title: 'Webhooks', nav: { section: 'settings', icon: IconWebhook }, access: 'admin' },
  component: WebhooksRoute,
});

function WebhooksRoute() {
  const search = settingsWebhooksRoute.useSearch();
  const navigate = settingsWebhooksRoute.useNavigate();
  return (
    <LazyPage loading="Loading the webhooks">
      <WebhooksPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
