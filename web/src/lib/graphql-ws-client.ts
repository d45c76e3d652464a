import { createClient, type Client } from 'graphql-ws';

export type ConnectionStatus = 'connecting' | 'connected' | 'disconnected' | 'mock';

type Listener = () => void;

/** A tiny external store so React can read the socket state with useSyncExternalStore. */
export interface ConnectionStatusStore {
  get(): ConnectionStatus;
  subscribe(listener: Listener): () => void;
  set(status: ConnectionStatus): void;
}

export function createConnectionStatusStore(initial: ConnectionStatus): ConnectionStatusStore {
  let status = initial;
  const listeners = new Set<Listener>();
  return {
    get: () => status,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    set(next) {
      if (next === status) return;
      status = next;
      listeners.forEach((l) => l());
    },
  };
}

export function graphqlWsUrl(href: string): string {
  const url = new URL('/graphql', href);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  return url.toString();
}

/**
 * graphql-ws client on the same path as HTTP; the session cookie rides along with the upgrade request.
 * Retries forever with graphql-ws's randomised back-off, so a restarted server is picked up again.
 */
export function createGraphqlWsClient(url: string, status: ConnectionStatusStore): Client {
  return createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    keepAlive: 20_000,
    on: {
      connecting: () => status.set('connecting'),
      connected: () => status.set('connected'),
      closed: () => status.set('disconnected'),
      error: () => status.set('disconnected'),
    },
  });
}
