import type { ComponentProps } from 'react';
import type { GraphiQL } from 'graphiql';
import type { Client as WsClient } from 'graphql-ws';
import { getOperationAST, parse } from 'graphql';

export type ExplorerFetcher = ComponentProps<typeof GraphiQL>['fetcher'];

function isSubscription(query: string, operationName?: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false; // let the server report the syntax error
  }
}

/**
 * GraphiQL's fetcher: queries and mutations are JSON posts carrying the session cookie (same origin,
 * as the app's own client sends them); subscriptions go over graphql-ws when a socket is allowed.
 */
export function createExplorerFetcher({ href, ws }: { href: string; ws: Pick<WsClient, 'iterate'> | null }): ExplorerFetcher {
  const httpUrl = new URL('/graphql', href).toString();
  return (params) => {
    // graphql-ws yields the serialised result shape, which is what GraphiQL renders.
    if (ws && isSubscription(params.query, params.operationName)) return ws.iterate(params) as ReturnType<ExplorerFetcher>;
    return fetch(httpUrl, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(params),
    }).then((res) => res.json());
  };
}
