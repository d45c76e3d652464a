import type { ReactNode } from 'react';
import { Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';

interface AccountSectionProps {
  /** The heading's id: it names the section. */
  id: string;
  title: string;
  /** The section's one button, next to its title: "New application", "Send message". */
  action: { label: string; icon: ReactNode; onClick: () => void };
  /** The page shows the newest few of the account's items: said under them when there are more. */
  newest?: { shown: number; total: number; things: string; seeAll?: ReactNode };
  children: ReactNode;
}

/** A card of the account page listing some of the account's things (applications, subscriptions, messages), with its action. */
export function AccountSection({ id, title, action, newest, children }: AccountSectionProps) {
  return (
    <Paper withBorder p="md" component="section" aria-labelledby={id}>
      <Stack gap="sm">
        <Group justify="space-between">
          <Title order={3} size="h4" id={id}>
            {title}
          </Title>
          <Button size="xs" variant="light" leftSection={action.icon} onClick={action.onClick}>
            {action.label}
          </Button>
        </Group>
        {children}
        {newest && newest.total > newest.shown && (
          <Text size="xs" c="dimmed">
            Showing the newest {newest.shown} of {newest.total} {newest.things}.{newest.seeAll && <> {newest.seeAll}</>}
          </Text>
        )}
      </Stack>
    </Paper>
  );
}

interface AccountTableProps<TRow extends { id: string }> {
  /** The table's accessible name. */
  label: string;
  /** Below it, the table scrolls sideways. */
  minWidth: number;
  headers: readonly string[];
  rows: readonly TRow[];
  /** One row's `<Table.Tr>`. */
  row: (row: TRow) => ReactNode;
  /** What the table says when it has no rows. */
  empty: string;
}

/** A small table of the account page (its users, applications, subscriptions): every row shown, no paging. */
export function AccountTable<TRow extends { id: string }>({ label, minWidth, headers, rows, row, empty }: AccountTableProps<TRow>) {
  return (
    <Table.ScrollContainer minWidth={minWidth}>
      <Table aria-label={label} striped>
        <Table.Thead>
          <Table.Tr>
            {headers.map((header) => (
              <Table.Th key={header}>{header}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {rows.map(row)}
          {rows.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={headers.length}>
                <Text size="sm" c="dimmed" ta="center">
                  {empty}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}
