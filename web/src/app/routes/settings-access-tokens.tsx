import { createRoute } from '@tanstack/react-router';
import { IconKey } from '@tabler/icons-react';
import { AccessTokensPage } from '../../features/access-tokens/access-tokens-page';
import { validateAccessTokensSearch } from '../../features/access-tokens/access-tokens-search';
import { appLayoutRoute } from './app-layout';

export const settingsAccessTokensRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/access-tokens',
  validateSearch: validateAccessTokensSearch,
  staticData: { title: 'Access tokens', nav: { section: 'settings', icon: IconKey } },
  component: AccessTokensRoute,
});

function AccessTokensRoute() {
  const search = settingsAccessTokensRoute.useSearch();
  const navigate = settingsAccessTokensRoute.useNavigate();
  return <AccessTokensPage search={search} onSearchChange={(next) => void navigate({ search: next })} />;
}
