import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo } from '../../mocks/store';

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

describe('outbox page', () => {
  it("lists the tenant's mail with its status, and opens a message with its text and sandboxed HTML", async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp('/settings/outbox');
    const table = await screen.findByRole('table', { name: 'Outbox' });
    // The demo seed's deleted product was mailed to the admin and the member; no mail server: held.
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    for (const row of rows(table)) {
      expect(row).toHaveTextContent('Held');
      expect(row).toHaveTextContent('[Acme API] Product deleted');
    }
    expect(within(table).getByText('member@acme.test')).toBeInTheDocument();
    expect(screen.getByText(/no mail server was configured/)).toBeInTheDocument();

    const adminRow = rows(table).find((row) => row.textContent?.includes('admin@acme.test'))!;
    await user.click(within(adminRow).getByRole('button', { name: '[Acme API] Product deleted' }));
    const dialog = await screen.findByRole('dialog', { name: '[Acme API] Product deleted' });
    expect(within(dialog).getByRole('table', { name: 'About this email' })).toHaveTextContent('admin@acme.test');
    expect(within(dialog).getByTestId('outbox-text-body')).toHaveTextContent('The product "Legacy SMS API" was deleted');
    const frame = within(dialog).getByTitle('HTML body of [Acme API] Product deleted');
    // Rendered with no rights at all: no scripts, no same origin, no forms, no top navigation.
    expect(frame).toHaveAttribute('sandbox', '');
    expect(frame.getAttribute('srcdoc')).toContain('<h2');
    expect(frame.getAttribute('srcdoc')).toContain('Legacy SMS API');
  });

  it('opens a message from anywhere on its row', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp('/settings/outbox?q=member');
    const table = await screen.findByRole('table', { name: 'Outbox' });
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    await user.click(within(rows(table)[0]!).getByText('member@acme.test'));
    const dialog = await screen.findByRole('dialog', { name: '[Acme API] Product deleted' });
    expect(within(dialog).getByRole('table', { name: 'About this email' })).toHaveTextContent('member@acme.test');
  });

  it('filters by status and searches recipient and subject, from the address', async () => {
    signInAs(demo.acmeEmail);
    const { router } = await renderApp('/settings/outbox?statuses=HELD');
    const table = await screen.findByRole('table', { name: 'Outbox' });
    await waitFor(() => expect(rows(table)).toHaveLength(2));
    expect(within(screen.getByRole('group', { name: 'Status' })).getByRole('checkbox', { name: 'Held' })).toBeChecked();

    await router.navigate({ to: '/settings/outbox', search: { statuses: ['SENT', 'FAILED'] } });
    expect(await within(table).findByText('No email matches the filter.')).toBeInTheDocument();

    await router.navigate({ to: '/settings/outbox', search: { q: 'member@' } });
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(rows(table)[0]).toHaveTextContent('member@acme.test');
  });

  it('is not offered to members', async () => {
    signInAs(demo.memberEmail);
    await renderApp('/settings/outbox');
    expect(await screen.findByText('Only admins can open this page.')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Outbox' })).toBeNull();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).queryByRole('link', { name: 'Outbox' })).toBeNull();
    // Their own notification preferences they do get.
    expect(within(nav).getByRole('link', { name: 'Notification preferences' })).toBeInTheDocument();
  });
});
