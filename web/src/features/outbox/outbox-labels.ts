import type { OutboxStatus } from '../../gql/graphql';

export const outboxStatusLabels: Record<OutboxStatus, string> = {
  PENDING: 'Pending',
  SENT: 'Sent',
  FAILED: 'Failed',
  HELD: 'Held',
};

export const outboxStatusColors: Record<OutboxStatus, string> = {
  PENDING: 'blue',
  SENT: 'green',
  FAILED: 'red',
  HELD: 'orange',
};

/** In the order filters and legends list them. */
export const outboxStatuses = Object.keys(outboxStatusLabels) as OutboxStatus[];
