import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import { IconApi } from '@tabler/icons-react';
import { validateListSearch } from '../../components/ui/data-table/list-search';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// The catalog's pages (and drag and drop) load when someone opens them, not with the first page.
const ProductsPage = lazy(() => import('../../features/catalog/products-page').then((m) => ({ default: m.ProductsPage })));

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
  return (
    <LazyPage loading="Loading the products">
      <ProductsPage search={search} onSearchChange={(next) => void navigate({ search: next })} />
    </LazyPage>
  );
}
