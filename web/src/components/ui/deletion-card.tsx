import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Text, Title } from '@mantine/core';

interface DeletionCardProps {
  /** What the page shows, as its title and button say it: "account" → "Delete this account", "Delete account". */
  thing: string;
  /** What goes with it, and that it cannot be undone. */
  children: ReactNode;
  /** Opens the page's confirmation. */
  onDelete: () => void;
}

/** The last card of a detail page: what deleting the object takes with it, and the button that asks to confirm. */
export function DeletionCard({ thing, children, onDelete }: DeletionCardProps) {
  return (
    <Paper withBorder p="md">
      <Stack gap="xs">
        <Title order={3} size="h4">
          Delete this {thing}
        </Title>
        <Text size="sm">{children}</Text>
        <Group>
          <Button color="red" variant="light" onClick={onDelete}>
            Delete {thing}
          </Button>
        </Group>
      </Stack>
    </Paper>
  );
}
