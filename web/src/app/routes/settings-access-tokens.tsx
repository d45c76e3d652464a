import { createRoute } from '@tanstack/react-router';
import { AccessTokensPage } from '../../features/access-tokens/access-tokens-page';
import { validateListSearch } from '../../components/ui/list-search';
import { appLayoutRoute } from './app-layout';

export const settingsAccessTokensRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/settings/access-tokens',
  validateSearch: validateListSearch,
  component: AccessTokensRoute,
});

function AccessTokensRoute() {
  const search = settingsAccessTokensRoute.useSearch();
  const navigate = settingsAccessTokensRoute.useNavigate();
  return <AccessTokensPage search={search} onSearchChange={(next) => void navigate({ search: next })} />;
}
