import { Alert, Anchor, Badge, Code, Group, Loader, Stack, Tabs, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { errorMessage } from '../../lib/graphql-errors';
import { GatewayAccessTab } from './gateway-access-tab';
import { MappingRulesTab } from './mapping-rules-tab';
import { MetricsTab } from './metrics-tab';
import { OpenApiImportTab } from './openapi-import-tab';
import { PlansTable } from './plans-table';
import { ProductOverview } from './product-overview';
import { ProductQuery } from './product-query';

export type ProductTab = 'overview' | 'metrics' | 'mapping-rules' | 'openapi-import' | 'application-plans' | 'service-plans' | 'gateway-access';

interface ProductPageProps {
  productId: string;
  tab: ProductTab;
  onTabChange: (tab: ProductTab) => void;
  /** The viewer is an admin: gateway access (the service tokens) is for admins only, and hidden from members. */
  isAdmin: boolean;
}

/**
 * One product: its settings, its metrics and methods, its mapping rules, OpenAPI import, plans and, for
 * admins, the service tokens of its gateways, as tabs.
 */
export function ProductPage({ productId, tab, onTabChange, isAdmin }: ProductPageProps) {
  const { data, loading, error } = useQuery(ProductQuery, { variables: { id: productId } });
  const product = data?.service;
  if (loading && !product) return <Loader aria-label="Loading the product" />;
  if (!product) {
    return (
      <Alert color="red" title="This product cannot be shown">
        {error ? errorMessage(error) : 'It does not exist.'}{' '}
        <Anchor component={Link} to="/products">
          Back to the products
        </Anchor>
      </Alert>
    );
  }
  // A member sent to gateway access (an admin's link) sees the overview: the tab is not theirs.
  const shownTab = tab === 'gateway-access' && !isAdmin ? 'overview' : tab;
  return (
    <Stack>
      <Group gap="xs">
        <Anchor component={Link} to="/products" size="sm">
          Products
        </Anchor>
        <Text size="sm" c="dimmed">
          /
        </Text>
      </Group>
      <Group gap="sm" align="baseline">
        <Title order={2}>{product.name}</Title>
        <Code>{product.systemName}</Code>
        {product.state === 'SUSPENDED' && (
          <Badge color="orange" variant="light">
            suspended
          </Badge>
        )}
      </Group>
      <Tabs value={shownTab} onChange={(value) => value && onTabChange(value as ProductTab)} keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="overview">Overview</Tabs.Tab>
          <Tabs.Tab value="metrics">Methods & Metrics</Tabs.Tab>
          <Tabs.Tab value="mapping-rules">Mapping rules</Tabs.Tab>
          <Tabs.Tab value="openapi-import">OpenAPI import</Tabs.Tab>
          <Tabs.Tab value="application-plans">Application plans</Tabs.Tab>
          <Tabs.Tab value="service-plans">Service plans</Tabs.Tab>
          {isAdmin && <Tabs.Tab value="gateway-access">Gateway access</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="overview" pt="md">
          <ProductOverview product={product} />
        </Tabs.Panel>
        <Tabs.Panel value="metrics" pt="md">
          <MetricsTab product={product} />
        </Tabs.Panel>
        <Tabs.Panel value="mapping-rules" pt="md">
          <MappingRulesTab product={product} />
        </Tabs.Panel>
        <Tabs.Panel value="openapi-import" pt="md">
          <OpenApiImportTab product={product} />
        </Tabs.Panel>
        <Tabs.Panel value="application-plans" pt="md">
          <PlansTable kind="APPLICATION" serviceId={product.id} plans={product.applicationPlans.nodes} refetch="Product" />
        </Tabs.Panel>
        <Tabs.Panel value="service-plans" pt="md">
          <PlansTable kind="SERVICE" serviceId={product.id} plans={product.servicePlans.nodes} refetch="Product" />
        </Tabs.Panel>
        {isAdmin && (
          <Tabs.Panel value="gateway-access" pt="md">
            <GatewayAccessTab product={product} />
          </Tabs.Panel>
        )}
      </Tabs>
    </Stack>
  );
}
