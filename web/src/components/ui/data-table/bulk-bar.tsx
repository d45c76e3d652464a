import { Alert, Button, Group, Paper, Text, type MantineColor } from '@mantine/core';
import type { BulkTarget } from './bulk-action';
import type { RowSelection } from './row-selection';

/** A button in the bulk bar; it gets the selection as a target, e.g. to confirm and run a bulk mutation. */
export interface BulkAction<TRow, TFilter> {
  label: string;
  color?: MantineColor;
  onClick: (target: BulkTarget<TRow, TFilter>) => void;
}

interface BulkBarProps<TRow, TFilter> {
  target: BulkTarget<TRow, TFilter>;
  actions: BulkAction<TRow, TFilter>[];
  onClear: () => void;
}

/** Shown while rows are selected: how many, the actions, and a way out. */
export function BulkBar<TRow, TFilter>({ target, actions, onClear }: BulkBarProps<TRow, TFilter>) {
  return (
    <Paper withBorder p="xs" role="region" aria-label="Bulk actions">
      <Group justify="space-between">
        <Text size="sm">{target.count} selected</Text>
        <Group gap="xs">
          {actions.map((action) => (
            <Button key={action.label} size="xs" variant="light" color={action.color} onClick={() => action.onClick(target)}>
              {action.label}
            </Button>
          ))}
          <Button variant="subtle" size="xs" onClick={onClear}>
            Clear selection
          </Button>
        </Group>
      </Group>
    </Paper>
  );
}

/**
 * Once the whole page is selected and more rows match: offers every matching row (Gmail's
 * "select all conversations"), then says how many of them are selected.
 */
export function SelectAllMatchingBanner<TRow>({ selection }: { selection: RowSelection<TRow> }) {
  const { matchingCount, onPage } = selection;
  if (!onPage.all || matchingCount <= onPage.selectable) return null;
  return (
    <Alert variant="light" p="xs" role="status">
      {selection.mode === 'all' ? (
        <Group gap="xs">
          <Text size="sm">
            {selection.excludedIds.length === 0
              ? `All ${matchingCount} matching rows are selected.`
              : `${selection.count} of ${matchingCount} matching rows are selected.`}
          </Text>
          <Button variant="subtle" size="xs" onClick={selection.clear}>
            Clear selection
          </Button>
        </Group>
      ) : (
        <Group gap="xs">
          <Text size="sm">All {onPage.selectable} rows on this page are selected.</Text>
          <Button variant="subtle" size="xs" onClick={selection.selectAllMatching}>
            Select all {matchingCount} matching
          </Button>
        </Group>
      )}
    </Alert>
  );
}
