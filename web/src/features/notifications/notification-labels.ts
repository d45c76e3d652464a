import { NOTIFICATION_CATEGORIES } from '@gatehouse/schema/notifications';
import type { NotificationCategory } from '../../gql/graphql';
import type { FeedNotification } from './notification-feed';

/** The categories in the order the filters and the preferences page list them. */
export const notificationCategories = Object.keys(NOTIFICATION_CATEGORIES) as NotificationCategory[];

export const categoryLabels = Object.fromEntries(
  notificationCategories.map((category) => [category, NOTIFICATION_CATEGORIES[category].title]),
) as Record<NotificationCategory, string>;

/** Where a notification leads in the admin: the page of the object it is about. */
export type NotificationLink =
  | { to: '/products/$productId'; params: { productId: string } }
  | { to: '/plans/$planId'; params: { planId: string } };

/**
 * The page of the object a notification is about, when the admin has one and the object is still
 * there: a deleted product's notification leads nowhere (its page would say "not found").
 */
export function notificationLink(notification: Pick<FeedNotification, 'type' | 'targetType' | 'targetId'>): NotificationLink | null {
  const { targetType, targetId } = notification;
  if (!targetId) return null;
  if (targetType === 'Service' && notification.type !== 'SERVICE_DELETED') return { to: '/products/$productId', params: { productId: targetId } };
  if (targetType === 'Plan') return { to: '/plans/$planId', params: { planId: targetId } };
  return null;
}
