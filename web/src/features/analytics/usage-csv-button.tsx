import { Button } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { downloadFile } from '../../components/ui/download-file';
import type { UsageSeriesForChartFragment } from '../../gql/graphql';
import { usageSeriesCsv } from './analytics-csv';
import { localDay } from './zoned-time';

/** Downloads a series' points as CSV, times local to its zone: `hits-2026-03-01-to-2026-03-30.csv`. */
export function UsageCsvButton({ series }: { series: UsageSeriesForChartFragment }) {
  const download = () => {
    const first = localDay(series.since, series.timeZone);
    const last = localDay(new Date(new Date(series.until).getTime() - 1), series.timeZone);
    downloadFile(`${series.metric.systemName}-${first}-to-${last}.csv`, usageSeriesCsv(series.points, series.timeZone));
  };
  return (
    <Button variant="default" leftSection={<IconDownload size={16} />} onClick={download} disabled={series.points.length === 0}>
      Download CSV
    </Button>
  );
}
