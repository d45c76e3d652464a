import '@mantine/charts/styles.css';
import { AreaChart } from '@mantine/charts';
import { Table } from '@mantine/core';
import type { UsageGranularity } from '../../gql/graphql';
import { formatCount } from './analytics-format';
import { ChartOrTable } from './chart-or-table';
import { axisLabel, bucketLabel } from './zoned-time';

interface UsageSeriesChartProps {
  /** What a point counts, e.g. "Hits per day": the table's caption. */
  label: string;
  /** Heading of the value column, e.g. "Hits". */
  valueLabel: string;
  points: readonly { start: string; value: string }[];
  granularity: UsageGranularity;
  timeZone: string;
  height?: number;
}

/** A usage series over time (one point per hour, day or month in the zone), as an area chart or its table. */
export function UsageSeriesChart({ label, valueLabel, points, granularity, timeZone, height = 260 }: UsageSeriesChartProps) {
  // Hours over more than a day repeat on the axis: name their day too.
  const axisOf = (start: string) =>
    granularity === 'HOUR' && points.length > 24 ? `${axisLabel(start, 'DAY', timeZone)} ${axisLabel(start, 'HOUR', timeZone)}` : axisLabel(start, granularity, timeZone);
  const data = points.map((point) => ({ bucket: bucketLabel(point.start, granularity, timeZone), axis: axisOf(point.start), value: Number(point.value) }));
  const axisByBucket = new Map(data.map((point) => [point.bucket, point.axis]));

  return (
    <ChartOrTable
      label={label}
      chart={
        <AreaChart
          h={height}
          data={data}
          dataKey="bucket"
          series={[{ name: 'value', label: valueLabel, color: 'blue.6' }]}
          curveType="linear"
          withDots={points.length <= 31}
          valueFormatter={formatCount}
          xAxisProps={{ tickFormatter: (bucket: string) => axisByBucket.get(bucket) ?? bucket, minTickGap: 16 }}
          // The table below says the same to keyboard and screen reader users.
          accessibilityLayer={false}
        />
      }
      table={
        <Table striped captionSide="top" maw={480}>
          <Table.Caption>{label}</Table.Caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th scope="col">Start ({timeZone})</Table.Th>
              <Table.Th scope="col" ta="right">
                {valueLabel}
              </Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {points.map((point) => (
              <Table.Tr key={point.start}>
                <Table.Td>{bucketLabel(point.start, granularity, timeZone)}</Table.Td>
                <Table.Td ta="right">{formatCount(point.value)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      }
    />
  );
}
