import { describe, expect, it, vi } from 'vitest';
import { screen } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { server } from '../mocks/server';
import { renderApp } from '../testing/render-app';

describe('routing', () => {
  it('shows the route error boundary when a route fails to load', async () => {
    server.use(
      graphql.query('Viewer', () =>
        HttpResponse.json({ errors: [{ message: 'Database unavailable', extensions: { code: 'INTERNAL_SERVER_ERROR' } }] }),
      ),
    );
    // React reports the caught error on console.error by design; here it is the expected outcome.
    vi.mocked(console.error).mockImplementation(() => {});
    await renderApp('/settings/access-tokens');
    const alert = await screen.findByRole('alert', { name: 'This page failed to load' });
    expect(alert).toHaveTextContent('Database unavailable');
    expect(screen.getByRole('button', { name: 'Try again' })).toBeInTheDocument();
  });

  it('shows a not-found page for unknown paths', async () => {
    await renderApp('/no/such/page');
    expect(await screen.findByRole('heading', { name: 'Page not found' })).toBeInTheDocument();
  });
});
