import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { createApp } from './app/create-app';
import { ViewerQuery } from './features/auth/viewer-query';
import { isMockMode } from './lib/app-mode';

async function start() {
  if (isMockMode) {
    // MSW must intercept before the first query goes out.
    const { startMockWorker } = await import('./mocks/browser');
    await startMockWorker();
  }
  const { App, apolloClient } = createApp({ href: window.location.href, liveConnection: !isMockMode });
  if (window.location.pathname !== '/login') {
    // Every page behind the login waits for the viewer (the layout route's beforeLoad), and the router
    // asks for it only once React has rendered the providers. Ask now: the route's query joins this
    // request in flight (Apollo deduplicates identical queries) instead of starting one later. Its
    // errors are the route's to handle.
    void apolloClient.query({ query: ViewerQuery, fetchPolicy: 'cache-first' }).catch(() => {});
  }
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
