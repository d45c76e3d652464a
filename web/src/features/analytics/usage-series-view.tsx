import { Alert, Center, Group, Loader, Stack } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import type { UsageTargetInput } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { perGranularity, type AnalyticsPeriod } from './analytics-period';
import { AnalyticsUserErrors } from './analytics-user-errors';
import { EmptyPeriod } from './empty-period';
import { SeriesSummary } from './series-summary';
import { UsageCsvButton } from './usage-csv-button';
import { UsageSeriesChart } from './usage-series-chart';
import { UsageSeriesQuery } from './usage-series-query';

interface UsageSeriesViewProps {
  target: UsageTargetInput;
  metricId: string;
  period: AnalyticsPeriod;
  /** Names the loader: "Loading the usage". */
  loading?: string;
  chartHeight?: number;
}

/**
 * A metric's usage over a period for a target: total against the previous period, a chart with its
 * table, the CSV download; "No data for the selected period" when nothing was counted, and the API's
 * reason when it refuses the range or zone.
 */
export function UsageSeriesView({ target, metricId, period, loading: loadingLabel = 'Loading the usage', chartHeight }: UsageSeriesViewProps) {
  const { data, loading, error } = useQuery(UsageSeriesQuery, {
    variables: { target, metric: metricId, range: period.range, granularity: period.granularity, timeZone: period.timeZone },
  });
  const payload = data?.usageSeries;
  if (!payload) {
    return error ? (
      <Alert color="red" title="Could not load the usage" role="alert">
        {errorMessage(error)}
      </Alert>
    ) : (
      <Center p="xl">{loading && <Loader aria-label={loadingLabel} />}</Center>
    );
  }
  const { series } = payload;
  if (!series) return <AnalyticsUserErrors errors={payload.userErrors} title="This period cannot be shown" />;
  const label = `${series.metric.friendlyName} ${perGranularity[series.granularity]}`;
  return (
    <Stack>
      <Group justify="space-between" align="flex-end">
        <SeriesSummary total={series.total} previousTotal={series.previousTotal} changePercent={series.changePercent} timeZone={series.timeZone} />
        <UsageCsvButton series={series} />
      </Group>
      {series.points.length === 0 ? (
        <EmptyPeriod />
      ) : (
        <UsageSeriesChart
          label={label}
          valueLabel={series.metric.friendlyName}
          points={series.points}
          granularity={series.granularity}
          timeZone={series.timeZone}
          height={chartHeight}
        />
      )}
    </Stack>
  );
}
