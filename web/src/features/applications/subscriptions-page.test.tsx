import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const acmeSubscriptions = () => state.serviceSubscriptions.filter((s) => s.tenantId === acmeId());
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

async function openSubscriptions(path = '/subscriptions') {
  signInAs(demo.acmeEmail);
  const app = await renderApp(path);
  const table = await screen.findByRole('table', { name: 'Subscriptions' }, { timeout: 10_000 });
  await waitFor(() => expect(within(table).getAllByRole('row').length).toBeGreaterThan(1));
  await within(table).findAllByTestId('subscription-state');
  return { ...app, table };
}

describe('subscriptions page', () => {
  it("lists the accounts' subscriptions with product, plan, state and date, and filters by state and product", async () => {
    const user = userEvent.setup();
    const { table, router } = await openSubscriptions();
    expect(screen.getByText(`${acmeSubscriptions().length} total`)).toBeInTheDocument();
    const row = within(table).getAllByRole('row')[1]!;
    expect(cellsOf(row)).toEqual(['', expect.any(String), expect.stringMatching(/API$/), expect.any(String), 'Live', expect.stringMatching(/^\d{4}-/)]);

    const echo = state.services.find((s) => s.tenantId === acmeId() && s.name === 'Echo API')!;
    const product = screen.getByRole('combobox', { name: 'Product' });
    await user.click(product);
    await user.click(within(document.getElementById(product.getAttribute('aria-controls')!)!).getByRole('option', { name: 'Echo API', hidden: true }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ product: echo.id }));
    const onEcho = acmeSubscriptions().filter((s) => s.serviceId === echo.id).length;
    await waitFor(() => expect(screen.getByText(`${onEcho} total`)).toBeInTheDocument());
    await user.click(within(screen.getByRole('group', { name: 'State' })).getByRole('checkbox', { name: 'Suspended' }));
    expect(await within(table).findByText('No subscription matches the filters.')).toBeInTheDocument();
  });

  it('suspends picked subscriptions in bulk and says how many', async () => {
    const user = userEvent.setup();
    const { table } = await openSubscriptions();
    const rows = within(table).getAllByRole('row').slice(1, 3);
    for (const row of rows) await user.click(within(row).getByRole('checkbox'));
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Change state' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change state' });
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend' }));
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent('Suspend the 2 subscriptions selected?');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend 2 subscriptions' }));
    const result = await screen.findByRole('region', { name: 'Bulk operation result' });
    expect(result).toHaveTextContent('Suspend: 2 subscriptions suspended');
    await waitFor(() => expect(within(table).getAllByTestId('subscription-state').filter((b) => b.textContent === 'Suspended')).toHaveLength(2));
    expect(acmeSubscriptions().filter((s) => s.state === 'SUSPENDED')).toHaveLength(2);
  });
});
