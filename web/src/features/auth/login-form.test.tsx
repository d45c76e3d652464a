import { describe, expect, it } from 'vitest';
import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { field, renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

describe('login', () => {
  it('logs the master admin in and lands on access tokens', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/settings/access-tokens');
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/login');

    await user.type(field('Email'), demo.masterEmail);
    await user.type(field('Password'), demo.masterPassword);
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    expect(await screen.findByRole('heading', { name: 'Access tokens' })).toBeInTheDocument();
    expect(router.state.location.pathname).toBe('/settings/access-tokens');
    expect(screen.getByTestId('viewer-email')).toHaveTextContent(demo.masterEmail);
    expect(screen.getByRole('link', { name: 'Tenants' })).toBeInTheDocument();
  });

  it('shows invalid credentials and stays on the login page', async () => {
    const user = userEvent.setup();
    const { router } = await renderApp('/login');
    await user.type(await screen.findByLabelText('Tenant'), demo.acmeSubdomain);
    await user.type(field('Email'), demo.acmeEmail);
    await user.type(field('Password'), 'wrong');
    await user.click(screen.getByRole('button', { name: 'Log in' }));

    // With a tenant given, the server does not tell which of the three is wrong.
    expect(await screen.findByText('The tenant, email or password is not right.')).toBeInTheDocument();
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
  });

  it('sends the viewer back to /login when the session ends (UNAUTHENTICATED)', async () => {
    const user = userEvent.setup();
    signInAs(demo.masterEmail);
    const { router } = await renderApp('/settings/access-tokens');
    await screen.findByRole('table', { name: 'Access tokens' });
    state.sessionUserId = null; // the session expired on the server
    await user.click(screen.getByRole('link', { name: 'Tenants' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/login'));
    expect(router.state.location.search).toMatchObject({ redirect: '/tenants' });
    expect(await screen.findByRole('button', { name: 'Log in' })).toBeInTheDocument();
  });
});
