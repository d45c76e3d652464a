import { defineModule } from "../../kit/module.js";
import { registerEventSink } from "../events/events.service.js";
import { deleteWebhookDeliveriesJob, retryWebhookDeliveriesJob } from "./webhooks.jobs.js";
import { createWebhooksLoaders } from "./webhooks.loaders.js";
import { WebhookDeliveryResolver, WebhookSettingsResolver } from "./webhooks.resolver.js";
import { configureWebhooks, purgeWebhookDeliveries, webhookOfEvent, webhookQueue } from "./webhooks.service.js";

// Every event that carries `webhook` is queued for the tenant's webhook when it listens, in the event's transaction.
registerEventSink(webhookOfEvent);

/**
 * Webhooks (001 ch.10): the tenant's endpoint, its events and signing secrets, and the deliveries,
 * posted signed after commit by the delivery workers with retries, each attempt logged.
 */
export const webhooksModule = defineModule({
  name: "webhooks",
  resolvers: [WebhookSettingsResolver, WebhookDeliveryResolver],
  loaders: { webhooks: createWebhooksLoaders },
  nodes: { WebhookDelivery: (ctx, id) => ctx.loaders.webhooks.deliveryById.load(id) },
  typeAccess: { WebhookDelivery: { scope: "ACCOUNT_MANAGEMENT", admin: true }, WebhookSettings: { scope: "ACCOUNT_MANAGEMENT", admin: true } },
  jobs: [retryWebhookDeliveriesJob, deleteWebhookDeliveriesJob],
  configure: configureWebhooks,
  background: ({ config }) => ({ queues: [webhookQueue(config.webhooks, config.deliveries.leaseMs)], tasks: [purgeWebhookDeliveries] }),
});
