import type { NotificationCategory } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';
import { notificationCategories } from './notification-labels';

/** The notifications listing's URL state: the shared list params, unread only or all, and a category. */
export interface NotificationsSearch extends ListSearch {
  /** `unread`: only the unread ones; absent: all. */
  show?: 'unread';
  category?: NotificationCategory;
}

export function validateNotificationsSearch(raw: Record<string, unknown>): NotificationsSearch {
  const category = notificationCategories.find((c) => c === raw['category']);
  return { ...validateListSearch(raw), show: raw['show'] === 'unread' ? 'unread' : undefined, category };
}
