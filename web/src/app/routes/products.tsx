import { createRoute } from '@tanstack/react-router';
import { IconApi } from '@tabler/icons-react';
import { ProductsPage } from '../../features/catalog/products-page';
import { validateListSearch } from '../../components/ui/data-table/list-search';
import { appLayoutRoute } from './app-layout';

export const productsRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/products',
  validateSearch: validateListSearch,
  staticData: { title: 'Products', nav: { section: 'catalog', icon: IconApi } },
  component: ProductsRoute,
});

function ProductsRoute() {
  const search = productsRoute.useSearch();
  const navigate = productsRoute.useNavigate();
  return <ProductsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />;
}
