import { useEffect, useMemo } from 'react';
import { GraphiQL } from 'graphiql';
import { createClient } from 'graphql-ws';
// Before GraphiQL creates an editor: Monaco needs its web workers declared ahead of time.
import './monaco-workers';
import 'graphiql/style.css';
import { createExplorerFetcher } from './explorer-fetcher';

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

export default function ExplorerPage({ href, wsUrl }: ExplorerPageProps) {
  const ws = useMemo(() => (wsUrl ? createClient({ url: wsUrl, lazy: true }) : null), [wsUrl]);
  useEffect(() => () => void ws?.dispose(), [ws]);

  const fetcher = useMemo(() => createExplorerFetcher({ href, ws }), [href, ws]);

  return (
    <div style={{ height: 'calc(100dvh - 60px - 2 * var(--mantine-spacing-md))' }}>
      <GraphiQL fetcher={fetcher} defaultQuery={DEFAULT_QUERY} />
    </div>
  );
}
