import { Badge } from '@mantine/core';
import type { WebhookDeliveryStatus } from '../../gql/graphql';
import { deliveryStatusColors, deliveryStatusLabels } from './webhook-labels';

export function WebhookDeliveryStatusBadge({ status }: { status: WebhookDeliveryStatus }) {
  return (
    <Badge color={deliveryStatusColors[status]} variant="light">
      {deliveryStatusLabels[status]}
    </Badge>
  );
}
