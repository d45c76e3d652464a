import '@mantine/charts/styles.css';
import { BarChart } from '@mantine/charts';
import { Alert, Center, Loader, Stack, Table, Title } from '@mantine/core';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ResponseCodesTargetInput } from '../../gql/graphql';
import { errorMessage } from '../../lib/graphql-errors';
import { formatCount } from './analytics-format';
import { perGranularity, type AnalyticsPeriod } from './analytics-period';
import { AnalyticsUserErrors } from './analytics-user-errors';
import { ChartOrTable } from './chart-or-table';
import { EmptyPeriod } from './empty-period';
import { axisLabel, bucketLabel } from './zoned-time';

const ResponseCodesQuery = graphql(`
  query ResponseCodes($target: ResponseCodesTargetInput!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
    responseCodes(target: $target, range: $range, granularity: $granularity, timeZone: $timeZone) {
      series {
        granularity
        timeZone
        since
        until
        points {
          start
          informational
          success
          redirection
          clientError
          serverError
        }
        codes {
          code
          count
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

/** The classes of HTTP status codes, in the order they stack. */
const classes = [
  { key: 'informational', label: '1xx', color: 'gray.5' },
  { key: 'success', label: '2xx', color: 'teal.6' },
  { key: 'redirection', label: '3xx', color: 'blue.5' },
  { key: 'clientError', label: '4xx', color: 'orange.6' },
  { key: 'serverError', label: '5xx', color: 'red.7' },
] as const;

const classOf = (code: number) => `${Math.floor(code / 100)}xx`;

interface ResponseCodesPanelProps {
  target: ResponseCodesTargetInput;
  period: AnalyticsPeriod;
}

/** Upstream responses over the period, stacked by class per bucket, and every code with its count and share. */
export function ResponseCodesPanel({ target, period }: ResponseCodesPanelProps) {
  const { data, loading, error } = useQuery(ResponseCodesQuery, {
    variables: { target, range: period.range, granularity: period.granularity, timeZone: period.timeZone },
  });
  const payload = data?.responseCodes;
  if (!payload) {
    return error ? (
      <Alert color="red" title="Could not load the response codes" role="alert">
        {errorMessage(error)}
      </Alert>
    ) : (
      <Center p="xl">{loading && <Loader aria-label="Loading the response codes" />}</Center>
    );
  }
  const { series } = payload;
  if (!series) return <AnalyticsUserErrors errors={payload.userErrors} title="The response codes cannot be shown" />;
  if (series.points.length === 0) return <EmptyPeriod>No response codes were reported for the selected period</EmptyPeriod>;

  const { granularity, timeZone } = series;
  const chartData = series.points.map((point) => ({
    bucket: bucketLabel(point.start, granularity, timeZone),
    ...Object.fromEntries(classes.map(({ key }) => [key, Number(point[key])])),
  }));
  const axisByBucket = new Map(series.points.map((point) => [bucketLabel(point.start, granularity, timeZone), axisLabel(point.start, granularity, timeZone)]));
  const total = series.codes.reduce((sum, code) => sum + Number(code.count), 0);
  const label = `Responses by class ${perGranularity[granularity]}`;

  return (
    <Stack>
      <ChartOrTable
        label={label}
        chart={
          <BarChart
            h={260}
            data={chartData}
            dataKey="bucket"
            type="stacked"
            series={classes.map(({ key, label: name, color }) => ({ name: key, label: name, color }))}
            valueFormatter={formatCount}
            xAxisProps={{ tickFormatter: (bucket: string) => axisByBucket.get(bucket) ?? bucket, minTickGap: 16 }}
            withLegend
            accessibilityLayer={false}
          />
        }
        table={
          <Table striped captionSide="top">
            <Table.Caption>{label}</Table.Caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">Start ({timeZone})</Table.Th>
                {classes.map(({ key, label: name }) => (
                  <Table.Th key={key} scope="col" ta="right">
                    {name}
                  </Table.Th>
                ))}
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {series.points.map((point) => (
                <Table.Tr key={point.start}>
                  <Table.Td>{bucketLabel(point.start, granularity, timeZone)}</Table.Td>
                  {classes.map(({ key }) => (
                    <Table.Td key={key} ta="right">
                      {formatCount(point[key])}
                    </Table.Td>
                  ))}
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        }
      />
      <Title order={3} size="h5">
        Response codes
      </Title>
      <Table striped maw={560} aria-label="Response codes">
        <Table.Thead>
          <Table.Tr>
            <Table.Th scope="col">Code</Table.Th>
            <Table.Th scope="col">Class</Table.Th>
            <Table.Th scope="col" ta="right">
              Responses
            </Table.Th>
            <Table.Th scope="col" ta="right">
              Share
            </Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {series.codes.map((code) => (
            <Table.Tr key={code.code}>
              <Table.Td>{code.code}</Table.Td>
              <Table.Td>{classOf(code.code)}</Table.Td>
              <Table.Td ta="right">{formatCount(code.count)}</Table.Td>
              <Table.Td ta="right">{total > 0 ? `${formatCount(Math.round((Number(code.count) / total) * 1000) / 10)} %` : '—'}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Stack>
  );
}
