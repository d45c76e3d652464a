import { useId } from 'react';
import { Chip, Group, Select, Stack, Text } from '@mantine/core';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { deliveryStatuses, deliveryStatusLabels, eventName, PING_EVENT, webhookEventGroups } from './webhook-labels';

interface DeliveryStatusFilterProps {
  /** Undefined: no filter (every status). */
  value: WebhookDeliveryStatus[] | undefined;
  onChange: (value: WebhookDeliveryStatus[] | undefined) => void;
}

/** Multi-select of delivery statuses as toggle chips; none picked means every status. */
export function DeliveryStatusFilter({ value, onChange }: DeliveryStatusFilterProps) {
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
          const statuses = deliveryStatuses.filter((status) => next.includes(status));
          onChange(statuses.length > 0 ? statuses : undefined);
        }}
      >
        <Group role="group" aria-labelledby={labelId} gap={6} mih={36}>
          {deliveryStatuses.map((status) => (
            <Chip key={status} value={status} size="sm" variant="outline">
              {deliveryStatusLabels[status]}
            </Chip>
          ))}
        </Group>
      </Chip.Group>
    </Stack>
  );
}

/** Each group's kind (every event of an object type) first, then its events; the test event last. */
const eventOptions = [
  ...webhookEventGroups.map((group) => ({
    group: group.label,
    items: [{ value: group.type, label: `Every ${group.type.replace('_', ' ')} event` }, ...group.events.map(eventName).map((name) => ({ value: name, label: name }))],
  })),
  { group: 'Tests', items: [{ value: PING_EVENT, label: PING_EVENT }] },
];

interface DeliveryEventFilterProps {
  value: string | undefined;
  onChange: (value: string | undefined) => void;
}

/** One event (`account.created`) or an event kind (`account`), as the API's `event` filter takes it. */
export function DeliveryEventFilter({ value, onChange }: DeliveryEventFilterProps) {
  return (
    <Select
      label="Event"
      placeholder="Every event"
      data={eventOptions}
      value={value ?? null}
      onChange={(next) => onChange(next ?? undefined)}
      clearable
      searchable
      w={260}
    />
  );
}
