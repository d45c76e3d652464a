import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../testing/render-app';
import { demo } from '../mocks/store';

/** The navigation as read: section labels and entries in order. */
function navigationText() {
  const nav = screen.getByRole('navigation', { name: 'Main navigation' });
  return [...nav.querySelectorAll('a, p')].map((element) => element.textContent?.trim()).filter(Boolean);
}

describe('pages registered with the router', () => {
  it('make the navigation: by section, in registration order, only what the viewer may open', async () => {
    signInAs(demo.masterEmail);
    const { unmount } = await renderApp('/settings/personal');
    await screen.findByRole('heading', { name: 'Personal settings' });
    expect(navigationText()).toEqual([
      'Home',
      'Dashboard',
      'Notifications',
      'Analytics',
      'Usage',
      'Engagement',
      'Usage alerts',
      'Catalog',
      'Products',
      'Accounts',
      'Applications',
      'Subscriptions',
      'Plan change requests',
      'Account plans',
      'Operator',
      'Tenants',
      'Settings',
      'Organization',
      'Access tokens',
      'Audit log',
      'Outbox',
      'Webhooks',
      'Fields',
      'Signup',
      'Notification preferences',
      'Personal settings',
      'Developers',
      'API explorer',
    ]);
    unmount();

    signInAs(demo.acmeEmail);
    const { unmount: unmount2 } = await renderApp('/settings/personal');
    await screen.findByRole('heading', { name: 'Personal settings' });
    expect(navigationText()).toEqual([
      'Home',
      'Dashboard',
      'Notifications',
      'Analytics',
      'Usage',
      'Engagement',
      'Usage alerts',
      'Catalog',
      'Products',
      'Accounts',
      'Applications',
      'Subscriptions',
      'Plan change requests',
      'Account plans',
      'Settings',
      'Organization',
      'Access tokens',
      'Audit log',
      'Outbox',
      'Webhooks',
      'Fields',
      'Signup',
      'Notification preferences',
      'Personal settings',
      'Developers',
      'API explorer',
    ]);
    unmount2();

    // Members get neither the operator's pages nor the admins' (the audit log, the outbox).
    signInAs(demo.memberEmail);
    await renderApp('/settings/personal');
    await screen.findByRole('heading', { name: 'Personal settings' });
    expect(navigationText()).toEqual([
      'Home',
      'Dashboard',
      'Notifications',
      'Analytics',
      'Usage',
      'Engagement',
      'Usage alerts',
      'Catalog',
      'Products',
      'Accounts',
      'Applications',
      'Subscriptions',
      'Plan change requests',
      'Account plans',
      'Settings',
      'Organization',
      'Access tokens',
      'Fields',
      'Signup',
      'Notification preferences',
      'Personal settings',
      'Developers',
      'API explorer',
    ]);
  });

  it("link to their routes' paths and name the browser tab", async () => {
    const user = userEvent.setup();
    signInAs(demo.masterEmail);
    const { router } = await renderApp('/settings/personal');
    await screen.findByRole('heading', { name: 'Personal settings' });
    expect(document.title).toBe('Personal settings · Gatehouse admin');

    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    await user.click(within(nav).getByRole('link', { name: 'Tenants' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/tenants'));
    expect(within(nav).getByRole('link', { name: 'Tenants' })).toHaveAttribute('data-active', 'true');
    await waitFor(() => expect(document.title).toBe('Tenants · Gatehouse admin'));
  });

  it('mark the entry whose path is the longest prefix of the location active, and only it', async () => {
    signInAs(demo.acmeEmail);
    await renderApp('/analytics/engagement');
    await screen.findByRole('heading', { name: 'Engagement report' }, { timeout: 10_000 });
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Engagement' })).toHaveAttribute('data-active', 'true');
    expect(within(nav).getByRole('link', { name: 'Engagement' })).toHaveAttribute('aria-current', 'page');
    expect(within(nav).getByRole('link', { name: 'Usage' })).not.toHaveAttribute('data-active');
    expect(within(nav).getByRole('link', { name: 'Usage' })).not.toHaveAttribute('aria-current');
  });

  it('are guarded by their access rule, with the shell and navigation still there', async () => {
    signInAs(demo.acmeEmail);
    await renderApp('/tenants');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    expect(screen.getByText("Only the operator's master admins can open this page.")).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Tenants' })).not.toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).getByRole('link', { name: 'Access tokens' })).toBeInTheDocument();
  });
});

describe('the dashboard', () => {
  it('is the start page, with its entry active only there, and the latest notifications in its Activity card', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const { router } = await renderApp('/');
    expect(await screen.findByRole('heading', { name: 'Dashboard' })).toBeInTheDocument();
    expect(document.title).toBe('Dashboard · Gatehouse admin');
    const activity = await screen.findByRole('list', { name: 'Activity' });
    expect(within(activity).getAllByRole('listitem')[0]).toHaveTextContent('Bulk operation finished');
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).toHaveAttribute('data-active', 'true');

    await user.click(within(nav).getByRole('link', { name: 'Products' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/products'));
    expect(within(nav).getByRole('link', { name: 'Dashboard' })).not.toHaveAttribute('data-active');
    await user.click(screen.getByRole('link', { name: 'Gatehouse' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
  });
});
