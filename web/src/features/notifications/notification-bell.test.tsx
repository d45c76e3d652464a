import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { addMockNotification, recordNotifyingEvent, unreadMockNotifications } from '../../testing/mock-notifications';
import { createApplication } from '../../mocks/applications/applications';
import { requestPlanChange } from '../../mocks/applications/plan-changes';
import { userActor } from '../../mocks/events/events';
import { mockGraphqlWs } from '../../mocks/graphql-ws';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { graphqlWsUrl } from '../../lib/graphql-ws-client';

function echoApi() {
  const echo = state.services.find((s) => s.systemName === 'echo_api');
  if (!echo) throw new Error('the mock seed has no Echo API');
  return echo;
}

/** The Acme member, whose changes notify the admin (a user is not told of their own). */
const acmeMember = () => userActor(state.users.find((u) => u.email === demo.memberEmail)!);

const bellName = (unread: number) => (unread === 0 ? 'Notifications' : `Notifications: ${unread} unread`);

async function openBell() {
  const user = userEvent.setup();
  await user.click(await screen.findByRole('button', { name: /^Notifications/ }));
  const dropdown = await screen.findByRole('dialog', { name: 'Notifications' });
  await within(dropdown).findByRole('list', { name: 'Latest notifications' });
  return { user, dropdown };
}

describe('notification bell', () => {
  it('shows how many are unread and the latest; opening one marks it read and leads to its product', async () => {
    const admin = signInAs(demo.acmeEmail)!;
    const echo = echoApi();
    const subscribed = addMockNotification(admin, {
      type: 'SERVICE_SUBSCRIPTION_CREATED',
      summary: 'Globex Labs subscribed to Echo API.',
      targetType: 'Service',
      targetId: echo.id,
      targetName: echo.name,
      serviceId: echo.id,
    });
    const unread = unreadMockNotifications(admin).length;
    expect(unread).toBeGreaterThan(1);
    const { router } = await renderApp('/settings/personal');

    expect(await screen.findByRole('button', { name: bellName(unread) })).toBeInTheDocument();
    expect(screen.getByTestId('notification-count')).toHaveTextContent(String(unread));

    const { user, dropdown } = await openBell();
    const items = within(dropdown).getAllByRole('listitem');
    expect(items.length).toBeGreaterThan(1);
    expect(items.length).toBeLessThanOrEqual(8);
    // Newest first: the one just written.
    expect(items[0]).toHaveTextContent('New service subscription');
    expect(items[0]).toHaveTextContent('Globex Labs subscribed to Echo API.');
    expect(within(items[0]!).getByRole('img', { name: 'Unread' })).toBeInTheDocument();

    await user.click(within(dropdown).getByRole('button', { name: 'New service subscription: Globex Labs subscribed to Echo API. (unread)' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/products/${encodeURIComponent(echo.id)}`));
    expect(await screen.findByRole('button', { name: bellName(unread - 1) })).toBeInTheDocument();
    expect(state.notifications.find((n) => n.id === subscribed.id)?.readAt).not.toBeNull();
  });

  it("leads from a new application's notification to the application's page", async () => {
    signInAs(demo.acmeEmail);
    const member = acmeMember();
    const account = state.accounts.find((a) => a.tenantId === member.tenantId && a.state === 'APPROVED')!;
    // The mock's createApplication notifies as the server's does: about the Application.
    const created = createApplication(state, member, { accountId: account.id, serviceId: echoApi().id, name: 'Notified app' }, new Date());
    if (!created.ok) throw new Error(JSON.stringify(created.userErrors));
    const { router } = await renderApp('/settings/personal');

    const { user, dropdown } = await openBell();
    await user.click(within(dropdown).getByRole('button', { name: /^New application: .*"Notified app"/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/applications/${encodeURIComponent(created.application.id)}`));
    expect(await screen.findByRole('heading', { name: 'Notified app' }, { timeout: 10_000 })).toBeInTheDocument();
  });

  it("leads from a plan change request's notification to the pending requests of its application", async () => {
    signInAs(demo.acmeEmail);
    const member = acmeMember();
    const application = state.applications.find((a) => a.tenantId === member.tenantId && a.state === 'LIVE')!;
    const toPlan = state.plans.find((p) => p.kind === 'APPLICATION' && p.serviceId === application.serviceId && !p.customForApplicationId && p.id !== application.planId)!;
    // The mock's requestPlanChange notifies as the server's does: about the request's Application.
    const asked = requestPlanChange(state, member, { applicationId: application.id, planId: toPlan.id, message: 'More room, please.' }, new Date());
    if (!asked.ok) throw new Error(JSON.stringify(asked.userErrors));
    const { router } = await renderApp('/settings/personal');

    const { user, dropdown } = await openBell();
    await user.click(within(dropdown).getByRole('button', { name: /^Application plan change requested: / }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/plan-change-requests'));
    expect(router.state.location.search).toEqual({ application: application.id });
    const table = await screen.findByRole('table', { name: 'Plan change requests' }, { timeout: 10_000 });
    expect(screen.getByText(/Only one application's requests/)).toBeInTheDocument();
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(2));
    const row = within(table).getAllByRole('row')[1]!;
    expect(row).toHaveTextContent(application.name);
    expect(row).toHaveTextContent('More room, please.');
    expect(within(row).getByRole('button', { name: /^Approve / })).toBeInTheDocument();
  });

  it('marks all read and leads to the full list', async () => {
    const admin = signInAs(demo.acmeEmail)!;
    const unread = unreadMockNotifications(admin).length;
    expect(unread).toBeGreaterThan(0);
    const { router } = await renderApp('/settings/personal');
    await screen.findByRole('button', { name: bellName(unread) });

    const { user, dropdown } = await openBell();
    await user.click(within(dropdown).getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByRole('button', { name: 'Notifications' })).toBeInTheDocument();
    expect(unreadMockNotifications(admin)).toEqual([]);
    await waitFor(() => expect(within(dropdown).queryAllByRole('img', { name: 'Unread' })).toEqual([]));
    expect(within(dropdown).getByRole('button', { name: 'Mark all read' })).toBeDisabled();

    await user.click(within(dropdown).getByRole('link', { name: 'See all' }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/notifications'));
    expect(await screen.findByRole('table', { name: 'Notifications' })).toBeInTheDocument();
  });

  it('counts and shows a new notification as it arrives over the notificationReceived subscription', async () => {
    const admin = signInAs(demo.acmeEmail)!;
    const member = state.users.find((u) => u.email === demo.memberEmail)!;
    const echo = echoApi();
    const unread = unreadMockNotifications(admin).length;
    // The mock's seed records its events like requests do, and pushes their notifications a tick
    // later: let that pass before listening, or the seed's notifications arrive as new ones.
    await new Promise((resolve) => setTimeout(resolve, 0));
    server.use(mockGraphqlWs(graphqlWsUrl('http://localhost:3000/')));
    const app = await renderApp('/', { liveConnection: true });
    try {
      expect(await screen.findByRole('status', { name: 'Connection: live' })).toBeInTheDocument();
      await screen.findByRole('button', { name: bellName(unread) });
      const activity = await screen.findByRole('list', { name: 'Activity' });

      // Another team user changes a product: the event notifies the admin, live.
      recordNotifyingEvent(
        admin.tenantId,
        {
          type: 'service',
          action: 'subscription_created',
          target: { type: 'Service', id: echo.id, name: echo.name },
          summary: 'Initech subscribed to Echo API.',
          notify: { type: 'SERVICE_SUBSCRIPTION_CREATED', serviceId: echo.id },
        },
        member,
      );
      expect(await screen.findByRole('button', { name: bellName(unread + 1) }, { timeout: 3000 })).toBeInTheDocument();
      // At the top of the dashboard's Activity card, read from the same cache the bell reads.
      await waitFor(() => expect(within(activity).getAllByRole('listitem')[0]).toHaveTextContent('Initech subscribed to Echo API.'));
      expect(within(activity).getAllByRole('listitem')[0]).toHaveTextContent('New service subscription');

      const { dropdown } = await openBell();
      expect(within(dropdown).getAllByRole('listitem')[0]).toHaveTextContent('Initech subscribed to Echo API.');
    } finally {
      // Not awaited: see connection-indicator.test.tsx (dispose waits out graphql-ws's back-off after a drop).
      void Promise.resolve(app.wsClient?.dispose()).catch(() => {});
    }
  });
});
