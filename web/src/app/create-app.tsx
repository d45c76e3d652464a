import { RouterProvider, type RouterHistory } from '@tanstack/react-router';
import { createApolloClient } from '../lib/apollo-client';
import {
  createConnectionStatusStore,
  createGraphqlWsClient,
  graphqlWsUrl,
} from '../lib/graphql-ws-client';
import { AppProviders } from './providers';
import { createAppRouter } from './router';

export interface CreateAppOptions {
  href: string;
  /** false in mock mode and tests: no WebSocket, the indicator says "mock". */
  liveConnection: boolean;
  history?: RouterHistory;
}

/** Wires the API clients, the router and the providers; main.tsx and the tests share it. */
export function createApp({ href, liveConnection, history }: CreateAppOptions) {
  const connectionStatus = createConnectionStatusStore(liveConnection ? 'connecting' : 'mock');
  const wsUrl = liveConnection ? graphqlWsUrl(href) : null;
  // The clients report UNAUTHENTICATED (an HTTP 401, a socket closed with 4401) to the router, which
  // is built from the Apollo client: close the loop late.
  let onUnauthenticated = () => {};
  const wsClient = wsUrl ? createGraphqlWsClient(wsUrl, connectionStatus, { onUnauthenticated: () => onUnauthenticated() }) : null;

  const apolloClient = createApolloClient({
    href,
    wsClient,
    onUnauthenticated: () => onUnauthenticated(),
  });
  const router = createAppRouter({ apolloClient, connectionStatus, wsUrl }, history);
  let signingOut = false; // several requests can fail at once: one trip to the login page
  onUnauthenticated = () => {
    if (signingOut || router.state.location.pathname === '/login') return;
    signingOut = true;
    const redirect = router.state.location.href;
    void apolloClient
      .clearStore()
      .then(() => router.navigate({ to: '/login', search: { redirect } }))
      .finally(() => {
        signingOut = false;
      });
  };

  function App() {
    return (
      <AppProviders apolloClient={apolloClient}>
        <RouterProvider router={router} />
      </AppProviders>
    );
  }

  return { App, router, apolloClient, wsClient };
}
