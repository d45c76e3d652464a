import DataLoader from "dataloader";
import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { attemptsOf, webhookDeliveriesByIds } from "./webhooks.service.js";
import type { WebhookAttemptRow } from "./webhooks.tables.js";

export function createWebhooksLoaders(tx: Executor) {
  return {
    deliveryById: rowLoader((ids) => webhookDeliveriesByIds(tx, ids)),
    /** A delivery's attempts, oldest first: one statement for every delivery of a page. */
    attemptsByDelivery: new DataLoader<string, WebhookAttemptRow[]>(async (ids) => {
      const rows = await attemptsOf(tx, ids);
      return ids.map((id) => rows.filter((r) => r.deliveryId === id));
    }),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    webhooks: ReturnType<typeof createWebhooksLoaders>;
  }
}
