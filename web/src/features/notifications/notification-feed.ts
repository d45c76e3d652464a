import type { ApolloCache } from '@apollo/client';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { NotificationForFeedFragment } from '../../gql/graphql';

/**
 * The notifications every screen shares: the bell's number, the latest few (the bell's dropdown and
 * the dashboard's Activity card read the same cache entry), and marking them read. The app listens
 * for new ones once (`useLiveNotifications`) and writes them here; the screens only read the cache.
 */
export const NotificationForFeed = graphql(`
  fragment NotificationForFeed on Notification {
    id
    type
    category
    title
    summary
    createdAt
    read
    readAt
    targetType
    targetId
    targetName
  }
`);

export const UnreadNotificationCountQuery = graphql(`
  query UnreadNotificationCount {
    unreadNotificationCount
  }
`);

/** How many the bell and the Activity card show. */
export const LATEST_NOTIFICATIONS = 8;

export const LatestNotificationsQuery = graphql(`
  query LatestNotifications($first: Int!) {
    notifications(first: $first) {
      totalCount
      nodes {
        id
        ...NotificationForFeed
      }
    }
  }
`);

const MarkNotificationsReadMutation = graphql(`
  mutation MarkNotificationsRead($input: MarkNotificationsReadInput!) {
    markNotificationsRead(input: $input) {
      markedCount
      unreadCount
      userErrors {
        field
        message
        code
      }
    }
  }
`);

export type FeedNotification = NotificationForFeedFragment;

/** A notification pushed by the server: one more unread, and first in the latest few. */
export function receiveNotification(cache: ApolloCache, notification: FeedNotification): void {
  cache.updateQuery({ query: UnreadNotificationCountQuery }, (data) =>
    data && !notification.read ? { unreadNotificationCount: data.unreadNotificationCount + 1 } : data,
  );
  cache.updateQuery({ query: LatestNotificationsQuery, variables: { first: LATEST_NOTIFICATIONS } }, (data) => {
    if (!data || data.notifications.nodes.some((n) => n.id === notification.id)) return data;
    return {
      notifications: {
        ...data.notifications,
        totalCount: data.notifications.totalCount + 1,
        nodes: [notification, ...data.notifications.nodes].slice(0, LATEST_NOTIFICATIONS),
      },
    };
  });
}

export type MarkReadInput = { ids: string[] } | { all: true };

/**
 * Marks notifications read and brings the cache along: the bell's number from the answer, the
 * named ones read; after "all", every cached list of notifications is dropped and read again.
 * Resolves to the payload; throws on a network or GraphQL error.
 */
export function useMarkNotificationsRead() {
  const [mutate] = useMutation(MarkNotificationsReadMutation);
  return async (input: MarkReadInput) => {
    const { data } = await mutate({
      variables: { input },
      update(cache, { data: result }) {
        const payload = result?.markNotificationsRead;
        if (!payload || payload.userErrors.length > 0) return;
        cache.writeQuery({ query: UnreadNotificationCountQuery, data: { unreadNotificationCount: payload.unreadCount } });
        if ('ids' in input) {
          const readAt = new Date().toISOString();
          for (const id of input.ids) {
            cache.modify<FeedNotification>({
              id: cache.identify({ __typename: 'Notification', id }),
              fields: { read: () => true, readAt: (at) => at ?? readAt },
            });
          }
        } else {
          cache.evict({ id: 'ROOT_QUERY', fieldName: 'notifications' });
          cache.gc();
        }
      },
    });
    const payload = data?.markNotificationsRead;
    if (!payload) throw new Error('The server sent no result.');
    if (payload.userErrors.length > 0) throw new Error(payload.userErrors.map((e) => e.message).join('\n'));
    return payload;
  };
}
