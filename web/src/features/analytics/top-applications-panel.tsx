import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Anchor, Box, Center, Loader, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { Link } from '@tanstack/react-router';
import { graphql } from '../../gql';
import type { CalendarPeriod } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { calendarPeriodWords, formatCount } from './analytics-format';
import type { AnalyticsPeriod } from './analytics-period';
import { AnalyticsUserErrors } from './analytics-user-errors';
import { EmptyPeriod } from './empty-period';
import { formatInZone, UTC } from './zoned-time';

const TOP_APPLICATIONS = 10;

const TopApplicationsQuery = graphql(`
  query TopApplications($service: ID!, $metric: ID, $range: UsageRangeInput!, $timeZone: String, $limit: Int) {
    topApplications(service: $service, metric: $metric, range: $range, timeZone: $timeZone, limit: $limit) {
      result {
        calendarPeriod
        periodStart
        since
        until
        metric {
          id
          friendlyName
        }
        applications {
          application {
            id
            name
            account {
              id
              orgName
            }
          }
          periodValue
          value
        }
      }
      userErrors {
        code
        field
        message
      }
    }
  }
`);

const periodColumn: Record<CalendarPeriod, string> = {
  DAY: 'In the UTC day',
  WEEK: 'In the UTC week',
  MONTH: 'In the UTC month',
  YEAR: 'In the UTC year',
};

interface TopApplicationsPanelProps {
  productId: string;
  metricId: string;
  period: AnalyticsPeriod;
}

/**
 * The product's ten applications that used the metric most, ranked by the UTC calendar period that
 * holds the range (as the counters count), with their usage over the range itself beside it.
 */
export function TopApplicationsPanel({ productId, metricId, period }: TopApplicationsPanelProps) {
  const { data, loading, error } = useQuery(TopApplicationsQuery, {
    variables: { service: productId, metric: metricId, range: period.range, timeZone: period.timeZone, limit: TOP_APPLICATIONS },
  });
  const payload = data?.topApplications;
  if (!payload) {
    return error ? (
      <Alert color="red" title="Could not load the top applications" role="alert">
        {errorMessage(error)}
      </Alert>
    ) : (
      <Center p="xl">{loading && <Loader aria-label="Loading the top applications" />}</Center>
    );
  }
  const { result } = payload;
  if (!result) return <AnalyticsUserErrors errors={payload.userErrors} title="The top applications cannot be shown" />;

  const inPeriod = periodColumn[result.calendarPeriod];
  const rows = result.applications.map((entry, index) => ({
    rank: index + 1,
    name: entry.application?.name ?? 'Deleted application',
    entry,
  }));
  const caption = `Top applications by ${result.metric.friendlyName.toLowerCase()}`;
  return (
    <Stack>
      <Text size="sm" data-testid="calendar-period">
        {`Ranked by ${result.metric.friendlyName.toLowerCase()} in ${calendarPeriodWords[result.calendarPeriod]} that started ${formatInZone(result.periodStart, UTC)} UTC, the shortest calendar period holding the whole range; “In the range” is their usage from ${formatInZone(result.since, period.timeZone)} to ${formatInZone(result.until, period.timeZone)} (${period.timeZone}).`}
      </Text>
      {rows.length === 0 ? (
        <EmptyPeriod>No application used {result.metric.friendlyName.toLowerCase()} in that period.</EmptyPeriod>
      ) : (
        <>
          <Box aria-hidden="true" data-testid="chart">
            <BarChart
              h={Math.max(160, rows.length * 44)}
              data={rows.map((row) => ({ name: row.name, range: Number(row.entry.value), period: Number(row.entry.periodValue) }))}
              dataKey="name"
              orientation="vertical"
              yAxisProps={{ width: 140 }}
              series={[
                { name: 'period', label: inPeriod, color: 'blue.6' },
                { name: 'range', label: 'In the range', color: 'teal.5' },
              ]}
              valueFormatter={formatCount}
              withLegend
              accessibilityLayer={false}
            />
          </Box>
          <Table striped captionSide="top">
            <Table.Caption>{caption}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Rank</Table.Th>
                <Table.Th scope="col">Application</Table.Th>
                <Table.Th scope="col">Account</Table.Th>
                <Table.Th scope="col" ta="right">
                  {inPeriod}
                </Table.Th>
                <Table.Th scope="col" ta="right">
                  In the range
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {rows.map(({ rank, name, entry }) => (
                <Table.Tr key={entry.application?.id ?? `deleted-${rank}`}>
                  <Table.Td>{rank}</Table.Td>
                  <Table.Td>
                    {entry.application ? (
                      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/applications/$applicationId" params={{ applicationId: entry.application!.id }} />}>
                        {name}
                      </Anchor>
                    ) : (
                      <Text size="sm" c="dimmed">
                        {name}
                      </Text>
                    )}
                  </Table.Td>
                  <Table.Td>
                    {entry.application?.account ? (
                      <Anchor size="sm" renderRoot={(props) => <Link {...props} to="/accounts/$accountId" params={{ accountId: entry.application!.account.id }} />}>
                        {entry.application.account.orgName}
                      </Anchor>
                    ) : (
                      '—'
                    )}
                  </Table.Td>
                  <Table.Td ta="right">{formatCount(entry.periodValue)}</Table.Td>
                  <Table.Td ta="right">{formatCount(entry.value)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </>
      )}
    </Stack>
  );
}
