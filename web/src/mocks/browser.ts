import { setupWorker } from 'msw/browser';
import { handlers } from './handlers';
import { resetMockState, state, type MockState } from './store';

const STORAGE_KEY = 'gatehouse.mock-state';

/** Keeps the demo's data and session across page reloads (per tab); a new tab starts from the seed. */
function restoreState(): void {
  const saved = sessionStorage.getItem(STORAGE_KEY);
  if (!saved) return;
  try {
    resetMockState(JSON.parse(saved) as MockState);
  } catch {
    sessionStorage.removeItem(STORAGE_KEY);
  }
}

export async function startMockWorker(): Promise<void> {
  restoreState();
  const worker = setupWorker(...handlers);
  worker.events.on('response:mocked', () => sessionStorage.setItem(STORAGE_KEY, JSON.stringify(state)));
  await worker.start({
    onUnhandledRequest: 'bypass',
    serviceWorker: { url: `${import.meta.env.BASE_URL}mockServiceWorker.js` },
  });
}
