import { useEffect, useMemo, type ComponentProps } from 'react';
import { GraphiQL } from 'graphiql';
import { getOperationAST, parse } from 'graphql';
import { createClient } from 'graphql-ws';
// Before GraphiQL creates an editor: Monaco needs its web workers declared ahead of time.
import './monaco-workers';
import 'graphiql/style.css';

type Fetcher = ComponentProps<typeof GraphiQL>['fetcher'];

const DEFAULT_QUERY = `# Runs as you, with your session cookie.
query Me {
  viewer {
    id
    email
    tenant {
      id
      name
    }
  }
}
`;

interface ExplorerPageProps {
  /** Page URL; the API is `/graphql` on the same origin. */
  href: string;
  /** ws(s):// URL for subscriptions, or null where no socket may be opened (mock mode). */
  wsUrl: string | null;
}

function isSubscription(query: string, operationName?: string | null): boolean {
  try {
    return getOperationAST(parse(query), operationName ?? undefined)?.operation === 'subscription';
  } catch {
    return false; // let the server report the syntax error
  }
}

export default function ExplorerPage({ href, wsUrl }: ExplorerPageProps) {
  const ws = useMemo(() => (wsUrl ? createClient({ url: wsUrl, lazy: true }) : null), [wsUrl]);
  useEffect(() => () => void ws?.dispose(), [ws]);

  const fetcher = useMemo<Fetcher>(() => {
    const httpUrl = new URL('/graphql', href).toString();
    return (params) => {
      // graphql-ws yields the serialised result shape, which is what GraphiQL renders.
      if (ws && isSubscription(params.query, params.operationName)) return ws.iterate(params) as ReturnType<Fetcher>;
      return fetch(httpUrl, {
        method: 'POST',
        credentials: 'same-origin',
        headers: { 'content-type': 'application/json', accept: 'application/json' },
        body: JSON.stringify(params),
      }).then((res) => res.json());
    };
  }, [href, ws]);

  return (
    <div style={{ height: 'calc(100dvh - 60px - 2 * var(--mantine-spacing-md))' }}>
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
    </div>
  );
}
