import { lazy } from 'react';
import { createRoute } from '@tanstack/react-router';
import type { ProductTab } from '../../features/catalog/product-page';
import { LazyPage } from '../lazy-page';
import { appLayoutRoute } from './app-layout';

// Loaded when a product is opened (see products.tsx).
const ProductPage = lazy(() => import('../../features/catalog/product-page').then((m) => ({ default: m.ProductPage })));

const tabs: readonly ProductTab[] = ['overview', 'metrics', 'mapping-rules', 'openapi-import', 'application-plans', 'service-plans', 'gateway-access'];

export const productRoute = createRoute({
  getParentRoute: () => appLayoutRoute,
  path: '/products/$productId',
  validateSearch: (search: Record<string, unknown>): { tab?: ProductTab } =>
    tabs.includes(search.tab as ProductTab) && search.tab !== 'overview' ? { tab: search.tab as ProductTab } : {},
  staticData: { title: 'Product' },
  component: ProductRoute,
});

function ProductRoute() {
  const { productId } = productRoute.useParams();
  const { tab } = productRoute.useSearch();
  const navigate = productRoute.useNavigate();
  const { viewer } = productRoute.useRouteContext();
  return (
    <LazyPage loading="Loading the product">
      <ProductPage
        productId={productId}
        tab={tab ?? 'overview'}
        onTabChange={(next) => void navigate({ search: next === 'overview' ? {} : { tab: next }, replace: true })}
        // Service tokens are gateway credentials: the API gives them to admins only.
        isAdmin={viewer.role === 'ADMIN'}
      />
    </LazyPage>
  );
}
