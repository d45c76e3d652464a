import { useEffect, useRef, useSyncExternalStore } from 'react';
import { useApolloClient, useSubscription } from '@apollo/client/react';
import { graphql } from '../../gql';
import type { ConnectionStatusStore } from '../../lib/graphql-ws-client';
import { receiveNotification } from './notification-feed';

const NotificationReceivedSubscription = graphql(`
  subscription NotificationReceived {
    notificationReceived {
      id
      ...NotificationForFeed
    }
  }
`);

/** After a subscription error, how long before subscribing again. */
const RESUBSCRIBE_DELAY_MS = 5_000;

/**
 * Listens for the signed-in user's new notifications over graphql-ws, once for the whole app (the
 * layout mounts it): each one raises the bell's number and goes first in the latest few, which the
 * bell and the dashboard read from the cache. The server pushes what is written after the
 * subscription starts, so after the socket was lost the open page's queries are read again.
 */
export function useLiveNotifications(connectionStatus: ConnectionStatusStore) {
  const client = useApolloClient();
  const status = useSyncExternalStore(connectionStatus.subscribe, connectionStatus.get);
  const { error, restart } = useSubscription(NotificationReceivedSubscription, {
    // Mock mode and tests without a socket: nothing to listen to.
    skip: status === 'mock',
    onData: ({ client: apollo, data }) => {
      const notification = data.data?.notificationReceived;
      if (notification) receiveNotification(apollo.cache, notification);
    },
  });

  // graphql-ws gives up on closes it holds fatal: subscribe again after a pause (as the connection indicator does).
  useEffect(() => {
    if (!error) return;
    const timer = setTimeout(restart, RESUBSCRIBE_DELAY_MS);
    return () => clearTimeout(timer);
  }, [error, restart]);

  // What was written while the socket was down was never pushed: once it is back, read again.
  const wasOffline = useRef(false);
  useEffect(() => {
    if (status === 'disconnected') wasOffline.current = true;
    else if (status === 'connected' && wasOffline.current) {
      wasOffline.current = false;
      void client.refetchQueries({ include: 'active' });
    }
  }, [status, client]);
}
