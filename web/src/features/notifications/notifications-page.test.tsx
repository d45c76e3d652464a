import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { addMockNotification, unreadMockNotifications } from '../../testing/mock-notifications';
import { demo, state } from '../../mocks/store';

const rows = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

async function openPage(path: string) {
  const app = await renderApp(path);
  const table = await screen.findByRole('table', { name: 'Notifications' });
  await waitFor(() => expect(table).toHaveAttribute('aria-busy', 'false'));
  return { ...app, table };
}

describe('notifications page', () => {
  it('lists your notifications newest first, unread or all and by category, as the address says', async () => {
    const admin = signInAs(demo.acmeEmail)!;
    const { table, router } = await openPage('/notifications');
    const mine = state.notifications.filter((n) => n.userId === admin.id);
    await waitFor(() => expect(rows(table)).toHaveLength(mine.length));
    // Newest first: the bulk operation of Jan 17, then Jan 16's, then the product deleted on Jan 15.
    expect(rows(table)[0]).toHaveTextContent('Bulk operation finished');
    expect(rows(table)[0]).toHaveTextContent('4 of 4 items done');
    expect(rows(table)[0]).toHaveTextContent('unread');
    expect(rows(table)[1]).toHaveTextContent('2 of 3 items done, 1 failed');
    expect(rows(table)[1]).toHaveTextContent('read');
    expect(rows(table).at(-1)).toHaveTextContent('Product deleted');
    expect(rows(table).at(-1)).toHaveTextContent('Service subscriptions');
    expect(screen.getByText(`${mine.length} total`)).toBeInTheDocument();

    // The Show and Category controls write these params; the listing follows the address.
    await router.navigate({ to: '/notifications', search: { show: 'unread' } });
    await waitFor(() => expect(rows(table)).toHaveLength(unreadMockNotifications(admin).length));
    for (const row of rows(table)) expect(row).toHaveTextContent('unread');

    await router.navigate({ to: '/notifications', search: { show: 'unread', category: 'REPORTS' } });
    await waitFor(() => expect(rows(table)).toHaveLength(1));
    expect(rows(table)[0]).toHaveTextContent('4 of 4 items done');
    expect(screen.getByDisplayValue('Reports')).toBeInTheDocument();

    await router.navigate({ to: '/notifications', search: { category: 'BILLING' } });
    expect(await within(table).findByText('No notification matches the filter.')).toBeInTheDocument();
  });

  it('marks the selected rows read, and the bell follows', async () => {
    const user = userEvent.setup();
    const admin = signInAs(demo.acmeEmail)!;
    const before = unreadMockNotifications(admin).length;
    const { table } = await openPage('/notifications?show=unread');
    await waitFor(() => expect(rows(table)).toHaveLength(before));
    expect(screen.getByRole('button', { name: `Notifications: ${before} unread` })).toBeInTheDocument();

    await user.click(within(table).getByRole('checkbox', { name: /^Select The bulk operation .* 4 of 4 items done/ }));
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Mark read' }));

    expect(await screen.findByText('Marked 1 notification read')).toBeInTheDocument();
    await waitFor(() => expect(rows(table)).toHaveLength(before - 1));
    expect(within(table).queryByText(/4 of 4 items done/)).toBeNull();
    expect(await screen.findByRole('button', { name: `Notifications: ${before - 1} unread` })).toBeInTheDocument();
    expect(unreadMockNotifications(admin)).toHaveLength(before - 1);
  });

  it('marks one row read with its own button', async () => {
    const user = userEvent.setup();
    const admin = signInAs(demo.acmeEmail)!;
    const { table } = await openPage('/notifications');
    const row = await within(table).findByRole('button', { name: /^Mark read The product "Legacy SMS API" was deleted/ });
    await user.click(row);
    expect(await screen.findByText('Marked 1 notification read')).toBeInTheDocument();
    await waitFor(() => expect(state.notifications.find((n) => n.userId === admin.id && n.type === 'SERVICE_DELETED')?.readAt).not.toBeNull());
    await waitFor(() => expect(within(table).queryByRole('button', { name: /^Mark read The product/ })).toBeNull());
  });

  it('marks every matching one read across pages, and only those', async () => {
    const user = userEvent.setup();
    const admin = signInAs(demo.acmeEmail)!;
    for (let i = 1; i <= 12; i++) addMockNotification(admin, { type: 'USAGE_LIMIT_ALERT', summary: `Alert ${i}: 80 % of hits used.` });
    const { table } = await openPage('/notifications?category=USAGE_ALERTS&size=10');
    await waitFor(() => expect(rows(table)).toHaveLength(10));
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(await screen.findByRole('button', { name: 'Select all 12 matching' }));
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Mark read' }));

    expect(await screen.findByText('Marked 12 notifications read')).toBeInTheDocument();
    const unread = unreadMockNotifications(admin);
    expect(unread.filter((n) => n.type === 'USAGE_LIMIT_ALERT')).toEqual([]);
    // The other categories' unread ones stay unread.
    expect(unread.map((n) => n.type).sort()).toEqual(['BULK_OPERATION_FINISHED', 'SERVICE_DELETED']);
    await waitFor(() => expect(within(table).queryAllByText('unread')).toEqual([]));
  });

  it('marks all read', async () => {
    const user = userEvent.setup();
    const admin = signInAs(demo.acmeEmail)!;
    const { table } = await openPage('/notifications');
    await user.click(screen.getByRole('button', { name: 'Mark all read' }));
    expect(await screen.findByText(/^Marked \d+ notifications read$/)).toBeInTheDocument();
    expect(unreadMockNotifications(admin)).toEqual([]);
    await waitFor(() => expect(within(table).queryAllByText('unread')).toEqual([]));
    expect(screen.getByRole('button', { name: 'Mark all read' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Notifications' })).toBeInTheDocument();
  });
});
