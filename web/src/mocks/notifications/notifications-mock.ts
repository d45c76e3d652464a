import { connection } from '../connection';
import { eventStream } from '../event-stream';
import type { MockContext } from '../mock-context';
import type { MockModule } from '../mock-module';
import { actorOf, isMasterViewer, requireViewer } from '../viewer';
import {
  findNotification,
  findOutboxMessage,
  listNotifications,
  listOutbox,
  markNotificationsRead,
  notificationNode,
  onNotification,
  outboxMessageNode,
  preferenceNode,
  preferencesOf,
  unreadCount,
  updateNotificationPreferences,
  type NotificationFixture,
  type OutboxScope,
} from './notifications';

/** Row-level security of the outbox: the caller's tenant's mail, every tenant's for the master. */
const outboxScope = (ctx: MockContext): OutboxScope => ({ tenantId: requireViewer(ctx).tenantId, master: isMasterViewer(ctx) });

/**
 * The caller's new notifications as they are written, until the client stops listening (the
 * server's `liveNotifications`): nothing of before the subscription started.
 */
function liveNotifications(ctx: MockContext): AsyncIterableIterator<NotificationFixture> {
  let unsubscribe = () => {};
  const stream = eventStream<NotificationFixture>(() => unsubscribe());
  unsubscribe = onNotification(ctx.state, requireViewer(ctx).id, (notification) => stream.push(notification));
  return stream.iterator;
}

/**
 * The notifications domain (server/src/modules/notifications): each user's notifications, their
 * unread count and email preferences (personal: members change theirs too), the live
 * `notificationReceived`, and the outbox — admins only, as `node(id:)` of an OutboxMessage.
 */
export const notificationsMock: MockModule = {
  name: 'notifications',
  resolvers: {
    Query: {
      notifications: (_, args, ctx) => {
        const { items, order } = listNotifications(ctx.state, requireViewer(ctx), args.filter, args.orderBy);
        return connection(items.map(notificationNode), args, 'Notification', order);
      },
      unreadNotificationCount: (_, __, ctx) => unreadCount(ctx.state, requireViewer(ctx)),
      notificationPreferences: (_, __, ctx) => preferencesOf(ctx.state, requireViewer(ctx)).map(preferenceNode),
      outbox: (_, args, ctx) => {
        const { items, order } = listOutbox(ctx.state, outboxScope(ctx), args.filter, args.orderBy);
        return connection(items.map(outboxMessageNode), args, 'OutboxMessage', order);
      },
    },
    Mutation: {
      markNotificationsRead: (_, { input }, ctx) => ({
        __typename: 'MarkNotificationsReadPayload',
        ...markNotificationsRead(ctx.state, actorOf(ctx), input, ctx.now),
      }),
      updateNotificationPreferences: (_, { input }, ctx) => ({
        __typename: 'UpdateNotificationPreferencesPayload',
        ...updateNotificationPreferences(ctx.state, actorOf(ctx), input.preferences, ctx.now),
      }),
    },
    Subscription: {
      notificationReceived: {
        subscribe: (_, __, ctx) => liveNotifications(ctx),
        // Over HTTP a subscription runs as a query, with no event: the server fails it as an internal error.
        resolve: (notification: NotificationFixture | undefined) => {
          if (!notification) throw new Error('Cannot return null for non-nullable field Subscription.notificationReceived.');
          return notificationNode(notification);
        },
      },
    },
  },
  nodes: {
    // A notification is its user's alone: others of the tenant (and the master) do not find it.
    Notification: (ctx, rowId) => {
      const found = ctx.viewer ? findNotification(ctx.state, ctx.viewer, rowId) : undefined;
      return found ? notificationNode(found) : null;
    },
    OutboxMessage: (ctx, rowId) => {
      const found = findOutboxMessage(ctx.state, outboxScope(ctx), rowId);
      return found ? outboxMessageNode(found) : null;
    },
  },
  access: {
    Query: { outbox: { admin: true } },
    // Each user marks and chooses for themselves: members too (the server's `@Access({ personal: true })`).
    Mutation: { markNotificationsRead: { personal: true }, updateNotificationPreferences: { personal: true } },
  },
  typeAccess: { OutboxMessage: { admin: true } },
};
