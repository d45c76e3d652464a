import { expect } from 'vitest';
import { render, screen, waitFor } from '@testing-library/react';
import { createMemoryHistory } from '@tanstack/react-router';
import { createApp } from '../app/create-app';
import { state, viewer } from '../mocks/store';

/**
 * Renders the whole app (router, Apollo, Mantine) at a path, against the MSW store; with
 * `liveConnection` it opens a graphql-ws socket too, for a test that answers it with `ws.link`.
 */
export async function renderApp(path: string, options: { liveConnection?: boolean } = {}) {
  const history = createMemoryHistory({ initialEntries: [path] });
  const app = createApp({ href: 'http://localhost:3000/', liveConnection: options.liveConnection ?? false, history });
  const result = render(<app.App />);
  await waitFor(() => expect(app.router.state.status).toBe('idle'));
  return { ...result, ...app };
}

/** Signs a seeded user in directly in the store (the stand-in for the session cookie). */
export function signInAs(email: string) {
  const user = state.users.find((u) => u.email === email);
  if (!user) throw new Error(`No seeded user ${email}`);
  state.sessionUserId = user.id;
  return viewer();
}

export { screen };

/** A form control by its visible label, ignoring Mantine's aria-hidden required asterisk. */
export function field(label: string): HTMLElement {
  const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return screen.getByLabelText(new RegExp(`^${escaped}( \\*)?$`), { selector: 'input, textarea, select' });
}
