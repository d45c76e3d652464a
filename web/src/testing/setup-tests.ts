import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterAll, afterEach, beforeAll, beforeEach, vi } from 'vitest';
import { notifications } from '@mantine/notifications';
import { server } from '../mocks/server';
import { resetMockState } from '../mocks/store';

// jsdom lacks what Mantine measures with (files running in the node environment have no window).
if (typeof window !== 'undefined') installBrowserStubs();

function installBrowserStubs() {
  Object.defineProperty(window, 'matchMedia', {
    writable: true,
    value: (query: string) => ({
      matches: false,
      media: query,
      onchange: null,
      addListener: () => {},
      removeListener: () => {},
      addEventListener: () => {},
      removeEventListener: () => {},
      dispatchEvent: () => false,
    }),
  });
  class ResizeObserverStub {
    observe() {}
    unobserve() {}
    disconnect() {}
}
window.ResizeObserver ??= ResizeObserverStub as unknown as typeof ResizeObserver;
window.HTMLElement.prototype.scrollIntoView ??= function scrollIntoView() {};
window.scrollTo = (() => {}) as typeof window.scrollTo;
}

beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));

let consoleErrors: unknown[][] = [];
beforeEach(() => {
  resetMockState();
  consoleErrors = [];
  // A console.error in a test is a bug (React warnings, failed requests): fail the test with it.
  vi.spyOn(console, 'error').mockImplementation((...args: unknown[]) => {
    consoleErrors.push(args);
  });
});

afterEach(() => {
  if (typeof window !== 'undefined') {
    cleanup();
    notifications.clean(); // the toast store is module-level: don't leak toasts into the next test
  }
  server.resetHandlers();
  vi.restoreAllMocks();
  vi.useRealTimers(); // a test that fakes the clock must not leave it faked
  if (consoleErrors.length > 0) {
    const messages = consoleErrors.map((args) => args.map(String).join(' ')).join('\n');
    throw new Error(`console.error was called during the test:\n${messages}`);
  }
});

afterAll(() => server.close());
