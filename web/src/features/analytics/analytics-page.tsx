import { Alert, Anchor, Button, Group, Loader, Paper, SegmentedControl, Select, Stack, Tabs, Text, Title } from '@mantine/core';
import { DatePickerInput } from '@mantine/dates';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { graphql } from '../../gql';
import type { AnalyticsProductMetricsQuery as ProductMetrics } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { analyticsPeriod, DEFAULT_RANGE, granularityLabels, rangeLabels } from './analytics-period';
import { granularities, rangeChoices, type AnalyticsSearch, type AnalyticsTab, type RangeChoice } from './analytics-search';
import { EmptyPeriod } from './empty-period';
import { ResponseCodesPanel } from './response-codes-panel';
import { TopApplicationsPanel } from './top-applications-panel';
import { UsageSeriesView } from './usage-series-view';
import { browserTimeZone, timeZoneNames, UTC } from './zoned-time';

const AnalyticsProductsQuery = graphql(`
  query AnalyticsProducts {
    services(first: 100, orderBy: { field: NAME, direction: ASC }) {
      nodes {
        id
        name
      }
    }
  }
`);

const AnalyticsProductMetricsQuery = graphql(`
  query AnalyticsProductMetrics($id: ID!) {
    service(id: $id) {
      id
      metrics {
        id
        friendlyName
        systemName
        kind
        builtin
        unit
      }
    }
  }
`);

type ProductMetric = NonNullable<ProductMetrics['service']>['metrics'][number];

/** The product's metrics and methods for the picker: hits and the other metrics, then the methods (which roll up into hits). */
function metricOptions(metrics: readonly ProductMetric[]) {
  const option = (metric: ProductMetric) => ({ value: metric.id, label: `${metric.friendlyName} (${metric.systemName})` });
  const groups = [
    { group: 'Metrics', items: [...metrics.filter((m) => m.builtin), ...metrics.filter((m) => m.kind === 'METRIC' && !m.builtin)].map(option) },
    { group: 'Methods', items: metrics.filter((m) => m.kind === 'METHOD').map(option) },
  ];
  return groups.filter((group) => group.items.length > 0);
}

interface AnalyticsPageProps {
  search: AnalyticsSearch;
  onSearchChange: (next: AnalyticsSearch) => void;
  /** The organization's time zone (Settings → Organization): the page's unless the URL names another. */
  tenantTimeZone?: string;
}

/**
 * Usage analytics of a product: a metric's or method's usage over a preset or custom range, per hour,
 * day or month in a time zone (the organization's unless chosen), with its total against the previous period and a
 * CSV download; the top applications; the upstream response codes. Everything chosen is in the URL.
 */
export function AnalyticsPage({ search, onSearchChange, tenantTimeZone = UTC }: AnalyticsPageProps) {
  const products = useQuery(AnalyticsProductsQuery);
  const productList = products.data?.services.nodes;
  const product = productList?.find((p) => p.id === search.product) ?? productList?.[0];
  const metricsQuery = useQuery(AnalyticsProductMetricsQuery, { variables: { id: product?.id ?? '' }, skip: !product });
  const metrics = metricsQuery.data?.service?.id === product?.id ? metricsQuery.data?.service?.metrics : undefined;
  const metric = metrics?.find((m) => m.id === search.metric) ?? metrics?.find((m) => m.builtin) ?? metrics?.[0];
  const chosen = analyticsPeriod(search, tenantTimeZone);
  const rangeChoice = search.range ?? DEFAULT_RANGE;
  const timeZone = search.tz ?? tenantTimeZone;
  const browserZone = browserTimeZone();
  const rangeLabelId = useId();

  const change = (patch: Partial<AnalyticsSearch>) => onSearchChange({ ...search, ...patch });

  const header = (
    <Group justify="space-between" align="flex-end">
      <Stack gap={0}>
        <Title order={2}>Usage analytics</Title>
        <Text c="dimmed" size="sm">
          How much your products are used, by metric and method, by application and by response.
        </Text>
      </Stack>
      <Button variant="light" renderRoot={(props) => <Link {...props} to="/analytics/engagement" />}>
        Engagement report
      </Button>
    </Group>
  );

  if (!productList) {
    return (
      <Stack>
        {header}
        {products.error ? (
          <Alert color="red" title="Could not load the products" role="alert">
            {errorMessage(products.error)}
          </Alert>
        ) : (
          <Loader aria-label="Loading the products" />
        )}
      </Stack>
    );
  }
  if (!product) {
    return (
      <Stack>
        {header}
        <EmptyPeriod>
          No products yet: usage is counted per product.{' '}
          <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/products" />}>
            Create one
          </Anchor>
        </EmptyPeriod>
      </Stack>
    );
  }

  const period = 'period' in chosen ? chosen.period : null;
  const tab: AnalyticsTab = search.tab ?? 'usage';
  const incomplete = 'incomplete' in chosen ? <Text size="sm">{chosen.incomplete}</Text> : null;

  return (
    <Stack>
      {header}
      <Paper withBorder p="md" component="section" aria-label="What to show">
        <Stack gap="sm">
          <Group align="flex-end">
            <Select
              label="Product"
              data={productList.map((p) => ({ value: p.id, label: p.name }))}
              value={product.id}
              onChange={(value) => value && change({ product: value, metric: undefined })}
              allowDeselect={false}
              searchable
              w={240}
            />
            <Select
              label="Metric or method"
              data={metrics ? metricOptions(metrics) : []}
              value={metric?.id ?? null}
              onChange={(value) => value && change({ metric: value })}
              allowDeselect={false}
              placeholder={metricsQuery.loading ? 'Loading…' : undefined}
              disabled={!metrics}
              searchable
              w={260}
            />
            <Stack gap={4}>
              <Text size="sm" fw={500} id={rangeLabelId}>
                Range
              </Text>
              <SegmentedControl
                aria-labelledby={rangeLabelId}
                value={rangeChoice}
                data={rangeChoices.map((value) => ({ value, label: rangeLabels[value] }))}
                // Another range has other sensible buckets: back to its own.
                onChange={(value) => change({ range: value === DEFAULT_RANGE ? undefined : (value as RangeChoice), granularity: undefined })}
              />
            </Stack>
          </Group>
          <Group align="flex-end">
            {rangeChoice === 'CUSTOM' && (
              <DatePickerInput
                type="range"
                label="Days"
                description={`Whole days in ${timeZone}, both included`}
                inputWrapperOrder={['label', 'input', 'description', 'error']}
                placeholder="First and last day"
                value={[search.from ?? null, search.to ?? null]}
                onChange={([from, to]) => change({ from: from ?? undefined, to: to ?? undefined })}
                allowSingleDateInRange
                w={280}
              />
            )}
            <Select
              label="Granularity"
              data={granularities.map((value) => ({ value, label: granularityLabels[value] }))}
              value={period?.granularity ?? search.granularity ?? 'DAY'}
              onChange={(value) => change({ granularity: granularities.find((g) => g === value) })}
              allowDeselect={false}
              w={160}
            />
            <Select
              label="Time zone"
              description={
                timeZone === tenantTimeZone ? `Your organization's (yours: ${browserZone})` : 'Buckets start at local hours and midnights here'
              }
              data={timeZoneNames()}
              value={timeZone}
              onChange={(value) => change({ tz: !value || value === tenantTimeZone ? undefined : value })}
              allowDeselect={false}
              searchable
              // The hint below the field, so the row of pickers lines up.
              inputWrapperOrder={['label', 'input', 'description', 'error']}
              w={260}
            />
            {browserZone !== timeZone && (
              <Button variant="subtle" size="sm" onClick={() => change({ tz: browserZone === tenantTimeZone ? undefined : browserZone })}>
                Use {browserZone}
              </Button>
            )}
          </Group>
        </Stack>
      </Paper>

      <Tabs
        value={tab}
        onChange={(value) => change({ tab: value === 'top-applications' || value === 'response-codes' ? value : undefined })}
        keepMounted={false}
      >
        <Tabs.List>
          <Tabs.Tab value="usage">Usage</Tabs.Tab>
          <Tabs.Tab value="top-applications">Top applications</Tabs.Tab>
          <Tabs.Tab value="response-codes">Response codes</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="usage" pt="md">
          {incomplete ??
            (period && metric ? (
              <UsageSeriesView target={{ service: product.id }} metricId={metric.id} period={period} />
            ) : (
              <Loader aria-label="Loading the metrics" />
            ))}
        </Tabs.Panel>
        <Tabs.Panel value="top-applications" pt="md">
          {incomplete ??
            (period && metric ? (
              <TopApplicationsPanel productId={product.id} metricId={metric.id} period={period} />
            ) : (
              <Loader aria-label="Loading the metrics" />
            ))}
        </Tabs.Panel>
        <Tabs.Panel value="response-codes" pt="md">
          <Stack>
            <Text size="sm" c="dimmed">
              Every response the product&apos;s gateways reported, whatever the metric.
            </Text>
            {incomplete ?? (period && <ResponseCodesPanel target={{ service: product.id }} period={period} />)}
          </Stack>
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
