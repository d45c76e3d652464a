import { useState, type ReactNode } from 'react';
import { Box, Group, SegmentedControl, Stack, VisuallyHidden } from '@mantine/core';

interface ChartOrTableProps {
  /** What the chart shows, e.g. "Hits per day": names the switch and, through the table's caption, the data. */
  label: string;
  chart: ReactNode;
  /** The same data as a table (captioned with `label`). */
  table: ReactNode;
}

/**
 * A chart and the table of its data. The chart is a picture for sighted mouse users (hidden from
 * assistive technology, no keyboard stops); the table is always in the page — visually hidden under
 * the chart, so screen readers read the numbers, and shown instead of it with the Table switch.
 */
export function ChartOrTable({ label, chart, table }: ChartOrTableProps) {
  const [view, setView] = useState<'chart' | 'table'>('chart');
  return (
    <Stack gap="xs">
      <Group justify="flex-end">
        <SegmentedControl
          size="xs"
          aria-label={`Show ${label} as`}
          value={view}
          onChange={(value) => setView(value === 'table' ? 'table' : 'chart')}
          data={[
            { value: 'chart', label: 'Chart' },
            { value: 'table', label: 'Table' },
          ]}
        />
      </Group>
      {view === 'chart' ? (
        <>
          <Box aria-hidden="true" data-testid="chart">
            {chart}
          </Box>
          <VisuallyHidden>{table}</VisuallyHidden>
        </>
      ) : (
        table
      )}
    </Stack>
  );
}
