import type { ReactNode } from 'react';
import { Paper, Text } from '@mantine/core';

/** Where a chart would be when its period has nothing to show. */
export function EmptyPeriod({ children = 'No data for the selected period' }: { children?: ReactNode }) {
  return (
    <Paper withBorder p="xl" radius="md" bg="var(--mantine-color-default-hover)">
      <Text ta="center" c="dimmed" size="sm">
        {children}
      </Text>
    </Paper>
  );
}
