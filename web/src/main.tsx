import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import '@mantine/core/styles.css';
import '@mantine/dates/styles.css';
import '@mantine/notifications/styles.css';
import { createApp } from './app/create-app';
import { isMockMode } from './lib/app-mode';

async function start() {
  if (isMockMode) {
    // MSW must intercept before the first query goes out.
    const { startMockWorker } = await import('./mocks/browser');
    await startMockWorker();
  }
  const { App } = createApp({ href: window.location.href, liveConnection: !isMockMode });
  const root = document.getElementById('root');
  if (!root) throw new Error('#root is missing from index.html');
  createRoot(root).render(
    <StrictMode>
      <App />
    </StrictMode>,
  );
}

void start();
