import { NOTIFICATION_CATEGORIES, notificationPage } from '@gatehouse/schema/notifications';
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
  | { to: '/plans/$planId'; params: { planId: string } }
  | { to: '/accounts/$accountId'; params: { accountId: string } }
  | { to: '/applications/$applicationId'; params: { applicationId: string } }
  | { to: '/plan-change-requests'; search: { application: string } }
  | { to: '/subscriptions' };

/**
 * The page of the object a notification is about, as `notificationPage` (@gatehouse/schema/notifications)
 * says for the SPA and the emails alike, as a typed link.
 */
export function notificationLink(notification: Pick<FeedNotification, 'type' | 'targetType' | 'targetId'>): NotificationLink | null {
  const page = notificationPage(notification);
  switch (page?.page) {
    case 'product':
      return { to: '/products/$productId', params: { productId: page.id } };
    case 'plan':
      return { to: '/plans/$planId', params: { planId: page.id } };
    case 'account':
      return { to: '/accounts/$accountId', params: { accountId: page.id } };
    case 'application':
      return { to: '/applications/$applicationId', params: { applicationId: page.id } };
    case 'planChangeRequests':
      return { to: '/plan-change-requests', search: { application: page.application } };
    case 'subscriptions':
      return { to: '/subscriptions' };
    default:
      return null;
  }
}
