import { ApolloClient, ApolloLink, HttpLink } from '@apollo/client';
import { ErrorLink } from '@apollo/client/link/error';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import type { Client as WsClient } from 'graphql-ws';
import { OperationTypeNode } from 'graphql';
import { createApolloCache } from './apollo-cache';
import { hasErrorCode } from './graphql-errors';

export interface ApolloClientOptions {
  /** Page URL the API lives on (`/graphql` of the same origin). */
  href: string;
  /** null where no socket should be opened (mock mode, tests): subscriptions then stay silent. */
  wsClient: WsClient | null;
  /** Called when any operation answers UNAUTHENTICATED (expired or revoked session). */
  onUnauthenticated: () => void;
}

export function createApolloClient({ href, wsClient, onUnauthenticated }: ApolloClientOptions) {
  const httpLink = new HttpLink({
    // Absolute: Node's fetch (tests) has no base URL to resolve a relative one against.
    uri: new URL('/graphql', href).toString(),
    credentials: 'same-origin',
    // Apollo Server's CSRF prevention refuses "simple" requests; JSON posts always pass.
    headers: { 'content-type': 'application/json' },
  });

  const errorLink = new ErrorLink(({ error }) => {
    if (hasErrorCode(error, 'UNAUTHENTICATED')) onUnauthenticated();
  });

  const transport = wsClient
    ? ApolloLink.split(
        (op) => op.operationType === OperationTypeNode.SUBSCRIPTION,
        new GraphQLWsLink(wsClient),
        httpLink,
      )
    : httpLink;

  return new ApolloClient({
    link: ApolloLink.from([errorLink, transport]),
    cache: createApolloCache(),
    defaultOptions: {
      watchQuery: { fetchPolicy: 'cache-and-network' },
    },
  });
}

export type AppApolloClient = ReturnType<typeof createApolloClient>;
