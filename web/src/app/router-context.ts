import type { AppApolloClient } from '../lib/apollo-client';
import type { ConnectionStatusStore } from '../lib/graphql-ws-client';

/** Services every route can reach; built once in main.tsx (or per test in testing/render-app.tsx). */
export interface RouterContext {
  apolloClient: AppApolloClient;
  connectionStatus: ConnectionStatusStore;
  /** ws(s):// URL of the API, or null where no socket may be opened (mock mode, tests). */
  wsUrl: string | null;
}
