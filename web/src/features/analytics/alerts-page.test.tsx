import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { demo } from '../../mocks/store';
import { renderApp, signInAs } from '../../testing/render-app';
import { fakeAlertsApi } from './analytics-test-data';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);

async function openAlerts(search = '') {
  signInAs(demo.acmeEmail);
  const app = await renderApp(`/alerts${search}`);
  const table = await screen.findByRole('table', { name: 'Usage alerts' }, { timeout: 10_000 });
  return { ...app, table };
}

describe('usage alerts page', () => {
  it('lists the alerts newest first, linking to their application, and filters by unread and kind', async () => {
    const user = userEvent.setup();
    const { sent, application } = fakeAlertsApi();
    const { table, router } = await openAlerts();
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    const [first] = rowsOf(table);
    expect(first).toHaveTextContent(`“${application.name}” reached 100 % of its hits limit per day: 1,000 of 1,000.`);
    expect(first).toHaveTextContent('Violation');
    expect(first).toHaveTextContent('unread');
    expect(within(first!).getByRole('link', { name: application.name })).toHaveAttribute('href', `/applications/${application.id}`);
    expect(rowsOf(table)[2]).toHaveTextContent('read');

    await user.click(screen.getByRole('radio', { name: 'Unread' }));
    await waitFor(() => expect(rowsOf(table)).toHaveLength(2));
    expect(sent.listing.at(-1)).toEqual({ unread: true, kinds: null, application: null });
    await user.click(screen.getByRole('checkbox', { name: 'Violation' }));
    await waitFor(() => expect(rowsOf(table)).toHaveLength(1));
    expect(sent.listing.at(-1)).toEqual({ unread: true, kinds: ['VIOLATION'], application: null });
    expect(router.state.location.search).toMatchObject({ show: 'unread', kinds: ['VIOLATION'] });
  });

  it('marks one alert read, and unread again', async () => {
    const user = userEvent.setup();
    const { sent, alerts, application } = fakeAlertsApi();
    const { table } = await openAlerts();
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    await user.click(within(table).getByRole('button', { name: `Mark read ${application.name} 90 %` }));
    expect(await screen.findByText('Marked 1 alert read')).toBeInTheDocument();
    expect(sent.markRead).toEqual([{ ids: [alerts[1]!.id], read: true }]);
    const row = await within(table).findByRole('button', { name: `Mark unread ${application.name} 90 %` });
    await user.click(row);
    expect(await screen.findByText('Marked 1 alert unread')).toBeInTheDocument();
    expect(sent.markRead.at(-1)).toEqual({ ids: [alerts[1]!.id], read: false });
    expect(alerts[1]!.readAt).toBeNull();
  });

  it('deletes the selected alerts after confirmation', async () => {
    const user = userEvent.setup();
    const { sent, alerts } = fakeAlertsApi();
    const ids = alerts.map((a) => a.id);
    const { table } = await openAlerts();
    await waitFor(() => expect(rowsOf(table)).toHaveLength(3));
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('3 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Delete' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete usage alerts' });
    expect(dialog).toHaveTextContent('Delete 3 alerts?');
    await user.click(within(dialog).getByRole('button', { name: 'Confirm delete' }));

    expect(await screen.findByText('Deleted 3 alerts')).toBeInTheDocument();
    expect(sent.remove).toEqual([{ ids: expect.arrayContaining(ids) }]);
    expect(await within(table).findByText(/No usage alerts yet/)).toBeInTheDocument();
  });
});
