import { NOTIFICATION_CATEGORIES } from '@gatehouse/schema/notifications';
import type { NotificationCategory, NotificationType } from '../../gql/graphql';
import type { FeedNotification } from './notification-feed';

/** The categories in the order the filters and the preferences page list them. */
export const notificationCategories = Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[];

export const categoryLabels = Object.fromEntries(
  notificationCategories.map((category) => [category, NOTIFICATION_CATEGORIES[category].title]),
) as Record<NotificationCategory, string>;

/** Where a notification leads in the admin: the page of the object it is about. */
export type NotificationLink =
  | { to: '/products/$productId'; params: { productId: string } }
  | { to: '/plans/$planId'; params: { planId: string } }
  | { to: '/accounts/$accountId'; params: { accountId: string } }
  | { to: '/applications/$applicationId'; params: { applicationId: string } }
  | { to: '/plan-change-requests'; search: { application: string } }
  | { to: '/subscriptions' };

/** The notifications of an object that is gone: its page would say "not found". */
const OBJECT_GONE: ReadonlySet<NotificationType> = new Set<NotificationType>([
  'SERVICE_DELETED',
  'ACCOUNT_DELETED',
  // A deleted application, or a pending one rejected (which deletes it too).
  'APPLICATION_CANCELLED',
  'SERVICE_SUBSCRIPTION_CANCELLED',
]);

/**
 * The page of the object a notification is about, when the admin has one and the object is still
 * there: a deleted product's, account's or application's notification leads nowhere. The target is
 * the one the server's event names (each module's service, where it calls `emit`): a plan change
 * request's is its application, so its notification opens the requests page on that application's
 * (pending ones first, where it is decided); a service subscription has no page of its own and the
 * notification names neither its account nor its product, so it opens the subscriptions listing
 * (newest first).
 */
export function notificationLink(notification: Pick<FeedNotification, 'type' | 'targetType' | 'targetId'>): NotificationLink | null {
  const { type, targetType, targetId } = notification;
  if (!targetId || OBJECT_GONE.has(type)) return null;
  if (type === 'APPLICATION_PLAN_CHANGE_REQUESTED' && targetType === 'Application') return { to: '/plan-change-requests', search: { application: targetId } };
  switch (targetType) {
    case 'Service':
      return { to: '/products/$productId', params: { productId: targetId } };
    case 'Plan':
      return { to: '/plans/$planId', params: { planId: targetId } };
    case 'Account':
      return { to: '/accounts/$accountId', params: { accountId: targetId } };
    case 'Application':
      return { to: '/applications/$applicationId', params: { applicationId: targetId } };
    case 'ServiceSubscription':
      return { to: '/subscriptions' };
    default:
      return null;
  }
}
