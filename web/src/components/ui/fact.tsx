import type { ReactNode } from 'react';
import { Stack, Text } from '@mantine/core';

/** One labelled value in a detail page's summary grid (an account's plan, an application's trial end). */
export function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <Stack gap={2}>
      <Text size="xs" c="dimmed" tt="uppercase" fw={600}>
        {label}
      </Text>
      <div>{children}</div>
    </Stack>
  );
}
