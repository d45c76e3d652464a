import { requireAuth } from "../../graphql/context.js";
import { defineModule } from "../../kit/module.js";
import { registerEventSink } from "../events/events.service.js";
import { createNotificationsLoaders } from "./notifications.loaders.js";
import { NotificationPreferenceResolver, NotificationResolver } from "./notifications.resolver.js";
import { configureNotifications, notificationsBackground, notifyOfEvent } from "./notifications.service.js";

// Every event that carries `notify` becomes notifications and mail, in the event's transaction.
registerEventSink(notifyOfEvent);

/**
 * Notifications of team users (003 ch.4): who may see what (`canSeeNotification`), email preferences,
 * the outbox and its delivery (SMTP_URL), live pushes (`notificationReceived`).
 */
export const notificationsModule = defineModule({
  name: "notifications",
  resolvers: [NotificationResolver, NotificationPreferenceResolver],
  loaders: { notifications: createNotificationsLoaders },
  nodes: {
    // A notification is its user's alone: others of the tenant do not find it.
    Notification: async (ctx, id) => {
      const row = await ctx.loaders.notifications.notificationById.load(id);
      return row && row.userId === requireAuth(ctx).userId ? row : null;
    },
    OutboxMessage: (ctx, id) => ctx.loaders.notifications.outboxMessageById.load(id),
  },
  typeAccess: { Notification: { scope: "ACCOUNT_MANAGEMENT" }, OutboxMessage: { scope: "ACCOUNT_MANAGEMENT", admin: true } },
  configure: configureNotifications,
  background: ({ config, database, logger }) => notificationsBackground(config, database, logger),
});
