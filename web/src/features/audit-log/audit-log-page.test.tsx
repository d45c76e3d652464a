import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo } from '../../mocks/store';

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('audit log page', () => {
  it('lists what happened newest first, and narrows by event kind and text', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp('/settings/audit-log');
    const table = await screen.findByRole('table', { name: 'Audit log' });
    await waitFor(() => expect(rows(table).length).toBeGreaterThan(0));
    // The demo seed's last step comes first.
    expect(rows(table)[0]).toHaveTextContent('Enabled the feature "Email support" on the application plan "Pay as you go" of Echo API.');
    expect(rows(table)[0]).toHaveTextContent('demo-seed');

    await user.type(screen.getByRole('textbox', { name: 'Search the log' }), 'nothing like this');
    expect(await within(table).findByText('No entry matches the filter.')).toBeInTheDocument();
  });

  it('takes the event kind from the address (the Event select writes it there)', async () => {
    signInAs(demo.acmeEmail);
    await renderApp('/settings/audit-log?event=tenant');
    const table = await screen.findByRole('table', { name: 'Audit log' });
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(rows(table)[0]).toHaveTextContent('tenant.created');
    expect(rows(table)[0]).toHaveTextContent('The tenant "Acme API" (acme) was created at setup, with its first admin admin@acme.test.');
    expect(screen.getByDisplayValue('Tenants')).toBeInTheDocument();
  });

  it('is not offered to members', async () => {
    signInAs(demo.memberEmail);
    await renderApp('/settings/audit-log');
    expect(await screen.findByText('Only admins can open this page.')).toBeInTheDocument();
    expect(within(screen.getByRole('navigation', { name: 'Main navigation' })).queryByRole('link', { name: 'Audit log' })).toBeNull();
  });
});
