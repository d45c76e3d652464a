import { useId } from 'react';
import { Chip, Group, Stack, Text } from '@mantine/core';
import type { OutboxStatus } from '../../gql/graphql';
import { outboxStatuses, outboxStatusLabels } from './outbox-labels';

interface OutboxStatusFilterProps {
  /** Undefined: no filter (every status). */
  value: OutboxStatus[] | undefined;
  onChange: (value: OutboxStatus[] | undefined) => void;
}

/** Multi-select of mail statuses as toggle chips; none picked means every status. */
export function OutboxStatusFilter({ value, onChange }: OutboxStatusFilterProps) {
  const labelId = useId();
  return (
    <Stack gap={4}>
      <Text id={labelId} size="sm" fw={500}>
        Status
      </Text>
      <Chip.Group
        multiple
        value={value ?? []}
        onChange={(next) => {
          const statuses = outboxStatuses.filter((status) => next.includes(status));
          onChange(statuses.length > 0 ? statuses : undefined);
        }}
      >
        <Group role="group" aria-labelledby={labelId} gap={6} mih={36}>
          {outboxStatuses.map((status) => (
            <Chip key={status} value={status} size="sm" variant="outline">
              {outboxStatusLabels[status]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}
