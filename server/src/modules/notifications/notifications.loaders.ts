import type { Executor } from "../../db/client.js";
import { rowLoader } from "../../graphql/loader.js";
import { notificationsByIds, outboxMessagesByIds } from "./notifications.service.js";

export function createNotificationsLoaders(tx: Executor) {
  return {
    notificationById: rowLoader((ids) => notificationsByIds(tx, ids)),
    outboxMessageById: rowLoader((ids) => outboxMessagesByIds(tx, ids)),
  };
}

declare module "../../graphql/context.js" {
  interface Loaders {
    notifications: ReturnType<typeof createNotificationsLoaders>;
  }
}
