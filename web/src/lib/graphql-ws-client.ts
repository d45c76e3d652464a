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

/** The server closes a socket with this code when its session ends or its token is revoked. */
export const UNAUTHORIZED_CLOSE_CODE = 4401;

function isCloseEvent(event: unknown): event is { code: number } {
  return typeof event === 'object' && event !== null && typeof (event as { code?: unknown }).code === 'number';
}

export interface GraphqlWsClientOptions {
  /** Called when the server closes the socket as unauthorized: the same handling as an HTTP 401. */
  onUnauthenticated: () => void;
}

/**
 * graphql-ws client on the same path as HTTP; the session cookie rides along with the upgrade request.
 * A dropped connection (network, server restart) is retried with graphql-ws's randomised back-off for
 * as long as a subscription wants it. graphql-ws gives up at once on the close codes it holds fatal
 * (4400 bad request, 4401 unauthorized, 4500 internal error, …): their subscriptions end in an error,
 * and 4401 — the server re-checks the credentials every minute and on each subscribe — ends the
 * session in the app too.
 */
export function createGraphqlWsClient(url: string, status: ConnectionStatusStore, options: GraphqlWsClientOptions): Client {
  return createClient({
    url,
    lazy: true,
    retryAttempts: Number.POSITIVE_INFINITY,
    shouldRetry: () => true,
    keepAlive: 20_000,
    on: {
      connecting: () => status.set('connecting'),
      connected: () => status.set('connected'),
      closed: (event) => {
        status.set('disconnected');
        if (isCloseEvent(event) && event.code === UNAUTHORIZED_CLOSE_CODE) options.onUnauthenticated();
      },
      error: () => status.set('disconnected'),
    },
  });
}
