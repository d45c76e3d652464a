import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from 'msw';
import { renderApp, signInAs } from '../../testing/render-app';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';

const emailSwitch = (title: string) => screen.getByRole('switch', { name: `Email me: ${title}` });

describe('notification preferences', () => {
  it('lists the types by category with their email choice, and saves only the switches changed', async () => {
    const user = userEvent.setup();
    const admin = signInAs(demo.acmeEmail)!;
    const sent: unknown[] = [];
    server.use(
      graphql.mutation('UpdateNotificationPreferences', ({ variables }) => {
        sent.push(variables);
        return undefined; // on to the mock
      }),
    );
    await renderApp('/settings/notifications');
    await screen.findByRole('heading', { name: 'Notification preferences' });

    // Grouped by category; an admin gets every category.
    const reports = await screen.findByRole('region', { name: 'Reports' });
    expect(within(reports).getByText('Bulk operation finished')).toBeInTheDocument();
    expect(within(reports).getByText(/A bulk operation you started has finished\./)).toBeInTheDocument();
    expect(screen.getByRole('region', { name: 'Billing' })).toBeInTheDocument();
    // The defaults: a finished bulk operation is not emailed, a deleted product is.
    expect(emailSwitch('Bulk operation finished')).not.toBeChecked();
    expect(emailSwitch('Product deleted')).toBeChecked();
    expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled();

    await user.click(emailSwitch('Bulk operation finished'));
    await user.click(emailSwitch('Product deleted'));
    // Turned off and on again: no change to send.
    await user.click(emailSwitch('New account'));
    await user.click(emailSwitch('New account'));
    expect(screen.getByText('2 unsaved changes')).toBeInTheDocument();
    await user.click(screen.getByRole('button', { name: 'Save' }));

    expect(await screen.findByText('Preferences saved')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        input: {
          preferences: [
            { type: 'SERVICE_DELETED', email: false },
            { type: 'BULK_OPERATION_FINISHED', email: true },
          ],
        },
      },
    ]);
    const mine = state.notificationPreferences.filter((p) => p.userId === admin.id);
    expect(mine.map(({ type, email }) => ({ type, email })).sort((a, b) => a.type.localeCompare(b.type))).toEqual([
      { type: 'BULK_OPERATION_FINISHED', email: true },
      { type: 'SERVICE_DELETED', email: false },
    ]);
    await waitFor(() => expect(screen.getByRole('button', { name: 'Save' })).toBeDisabled());
    expect(emailSwitch('Bulk operation finished')).toBeChecked();
    expect(emailSwitch('Product deleted')).not.toBeChecked();
  });

  it('shows why nothing was saved: a type of an area taken away meanwhile is NOT_ALLOWED', async () => {
    const user = userEvent.setup();
    const member = signInAs(demo.memberEmail)!;
    await renderApp('/settings/notifications');
    await screen.findByRole('heading', { name: 'Notification preferences' });
    // A member sees the categories of their areas (Partners) and their own reports only.
    expect(await screen.findByRole('region', { name: 'Service subscriptions' })).toBeInTheDocument();
    expect(screen.queryByRole('region', { name: 'Billing' })).toBeNull();

    // An admin takes the Partners area away while the page is open.
    state.users.find((u) => u.id === member.id)!.memberAreas = [];
    await user.click(emailSwitch('Product deleted'));
    await user.click(screen.getByRole('button', { name: 'Save' }));

    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('Nothing was saved');
    expect(alert).toHaveTextContent('Product deleted: You cannot get SERVICE_DELETED notifications: its area is not one of yours.');
    expect(state.notificationPreferences.filter((p) => p.userId === member.id)).toEqual([]);
    // The change stays on screen, to save again or discard.
    expect(emailSwitch('Product deleted')).not.toBeChecked();
    await user.click(screen.getByRole('button', { name: 'Discard' }));
    expect(emailSwitch('Product deleted')).toBeChecked();
    expect(screen.queryByRole('alert')).toBeNull();
  });
});
