import { Badge } from '@mantine/core';
import type { OutboxStatus } from '../../gql/graphql';
import { outboxStatusColors, outboxStatusLabels } from './outbox-labels';

export function OutboxStatusBadge({ status }: { status: OutboxStatus }) {
  return (
    <Badge color={outboxStatusColors[status]} variant="light">
      {outboxStatusLabels[status]}
    </Badge>
  );
}
