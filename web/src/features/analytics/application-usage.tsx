import { useMemo } from 'react';
import { Alert, Anchor, Center, Loader, Paper, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import { errorMessage } from '../../lib/graphql-errors';
import type { AnalyticsPeriod } from './analytics-period';
import { UsageSeriesView } from './usage-series-view';
import { UtilizationTable } from './utilization-table';
import { UTC } from './zoned-time';

const ApplicationUsageQuery = graphql(`
  query ApplicationUsage($id: ID!) {
    application(id: $id) {
      id
      service {
        id
        metrics {
          id
          builtin
        }
      }
    }
    utilization(application: $id) {
      ...LimitUtilizationForTable
    }
  }
`);

const last30Days = (timeZone: string): AnalyticsPeriod => ({ range: { preset: 'LAST_30_DAYS' }, granularity: 'DAY', timeZone });

/**
 * An application's usage, on its page: its hits over the last 30 days, per day in the organization's
 * time zone, and how much of
 * each limit of its plan it has used in the current period.
 */
export function ApplicationUsage({ applicationId, timeZone = UTC }: { applicationId: string; timeZone?: string }) {
  const { data, loading, error } = useQuery(ApplicationUsageQuery, { variables: { id: applicationId } });
  const hits = data?.application.service.metrics.find((metric) => metric.builtin);
  const period = useMemo(() => last30Days(timeZone), [timeZone]);

  return (
    <Paper withBorder p="md" component="section" aria-labelledby="application-usage-title">
      <Stack>
        <Title order={3} size="h4" id="application-usage-title">
          Usage
        </Title>
        {!data ? (
          error ? (
            <Alert color="red" title="Could not load the usage" role="alert">
              {errorMessage(error)}
            </Alert>
          ) : (
            <Center p="md">{loading && <Loader aria-label="Loading the usage" />}</Center>
          )
        ) : (
          <>
            <Stack gap="xs">
              <Title order={4} size="h5">
                Hits, last 30 days
              </Title>
              {hits && <UsageSeriesView target={{ application: applicationId }} metricId={hits.id} period={period} loading="Loading the hits" chartHeight={200} />}
              <Text size="xs" c="dimmed">
                Per day in {timeZone}. More ranges, time zones and metrics in{' '}
                <Anchor size="xs" renderRoot={(props) => <Link {...props} to="/analytics" search={{ product: data.application.service.id }} />}>
                  usage analytics
                </Anchor>
                .
              </Text>
            </Stack>
            <Stack gap="xs">
              <Title order={4} size="h5">
                Limits in the current period
              </Title>
              {data.utilization.length === 0 ? (
                <Text size="sm" c="dimmed">
                  Its plan sets no usage limits.
                </Text>
              ) : (
                <UtilizationTable limits={data.utilization} caption="Current utilization" />
              )}
            </Stack>
          </>
        )}
      </Stack>
    </Paper>
  );
}
