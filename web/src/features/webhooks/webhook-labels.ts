import { WEBHOOK_EVENTS, webhookEvents } from '@gatehouse/schema/webhooks';
import type { WebhookDeliveryStatus, WebhookEvent } from '../../gql/graphql';

export const deliveryStatusLabels: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'Pending',
  DELIVERED: 'Delivered',
  FAILED: 'Failed',
};

export const deliveryStatusColors: Record<WebhookDeliveryStatus, string> = {
  PENDING: 'blue',
  DELIVERED: 'green',
  FAILED: 'red',
};

/** In the order filters and legends list them. */
export const deliveryStatuses = Object.keys(deliveryStatusLabels) as WebhookDeliveryStatus[];

/** An event as receivers see it in the body and the log: `account.created`. */
export const eventName = (event: WebhookEvent) => `${WEBHOOK_EVENTS[event].type}.${WEBHOOK_EVENTS[event].action}`;

/** The event groups of the checklist and the log's filter: one per object type of the body (`type`). */
export const webhookEventGroups = [
  { type: 'account', label: 'Accounts' },
  { type: 'user', label: 'Users' },
  { type: 'application', label: 'Applications' },
  { type: 'application_key', label: 'Keys' },
].map((group) => ({ ...group, events: webhookEvents.filter((event) => WEBHOOK_EVENTS[event].type === group.type) }));

/** The test event `pingWebhook` sends; no setting listens to it, the log lists it all the same. */
export const PING_EVENT = 'webhook.ping';
