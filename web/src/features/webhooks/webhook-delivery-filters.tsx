import { Select } from '@mantine/core';
import { ChipFilter } from '../../components/ui/chip-filter';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { deliveryStatuses, deliveryStatusLabels, eventName, PING_EVENT, webhookEventGroups } from './webhook-labels';

/** Multi-select of delivery statuses as toggle chips; none picked means every status. */
export function DeliveryStatusFilter(props: { value: WebhookDeliveryStatus[] | undefined; onChange: (value: WebhookDeliveryStatus[] | undefined) => void }) {
  return <ChipFilter label="Status" options={deliveryStatuses} labels={deliveryStatusLabels} {...props} />;
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
