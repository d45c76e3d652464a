import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

function serviceId(systemName: string): string {
  const service = state.services.find((s) => s.systemName === systemName);
  if (!service) throw new Error(`the mock seed has no ${systemName}`);
  return service.id;
}

const planNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td a')?.textContent);

describe('application plans of a product', () => {
  it('lists them with the default, moves the default, copies a plan hidden, and creates one', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${serviceId('echo_api')}?tab=application-plans`);
    const table = await screen.findByRole('table', { name: 'Application plans' });
    expect(planNames(table)).toEqual(['Basic', 'Unlimited', 'Pay as you go']);
    expect(within(table).getByText('Basic').closest('tr')).toHaveTextContent('default');

    await user.click(within(table).getByRole('button', { name: 'Make Unlimited the default' }));
    await waitFor(() => expect(within(table).getByText('Unlimited').closest('tr')).toHaveTextContent('default'));
    expect(within(table).getByText('Basic').closest('tr')).not.toHaveTextContent('default');

    await user.click(within(table).getByRole('button', { name: 'Copy Basic' }));
    await waitFor(() => expect(planNames(table)).toContain('Basic (copy)'));
    expect(within(table).getByText('Basic (copy)').closest('tr')).toHaveTextContent('hidden');

    await user.click(screen.getByRole('button', { name: 'Create application plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create application plan' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Gold');
    await user.type(within(dialog).getByLabelText('Cost per month'), '9.999');
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    expect(await within(dialog).findByText('An amount ≥ 0 with at most 2 decimals')).toBeInTheDocument();
    await user.clear(within(dialog).getByLabelText('Cost per month'));
    await user.type(within(dialog).getByLabelText('Cost per month'), '49.90');
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    await waitFor(() => expect(planNames(table)).toContain('Gold'));
    expect(within(table).getByText('Gold').closest('tr')).toHaveTextContent('49.90');
    expect(within(table).getByText('Gold').closest('tr')).toHaveTextContent('hidden');
    await user.click(within(table).getByRole('button', { name: 'Publish Gold' }));
    await waitFor(() => expect(within(table).getByText('Gold').closest('tr')).toHaveTextContent('published'));
    await user.click(within(table).getByRole('button', { name: 'Delete Basic (copy)' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Delete plan' })).getByRole('button', { name: 'Delete plan' }));
    await waitFor(() => expect(planNames(table)).not.toContain('Basic (copy)'));
  });
});

describe('plan editor', () => {
  it('shows limits and pricing per metric, prices a month with the calculator, and disables a metric', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${serviceId('echo_api')}?tab=application-plans`);
    const table = await screen.findByRole('table', { name: 'Application plans' });
    await user.click(within(table).getByRole('link', { name: 'Pay as you go' }));
    expect(await screen.findByRole('heading', { name: 'Pay as you go' })).toBeInTheDocument();

    const metrics = await screen.findByRole('table', { name: 'Limits and pricing' });
    const echo = metrics.querySelector('tr[data-metric="echo"]') as HTMLElement;
    expect(echo).toHaveTextContent('1–1000 @ 0.0000');
    expect(echo).toHaveTextContent('100001–∞ @ 0.0005');
    expect(screen.getByLabelText('Email support')).toBeChecked();

    const calculator = screen.getByRole('form', { name: 'Cost calculator' });
    await user.type(within(calculator).getByLabelText('Echo (units in a month)'), '2000');
    await user.click(within(calculator).getByRole('button', { name: 'Calculate' }));
    // 1,000 free, 1,000 at 0.001, plus 5.00 a month.
    expect(await screen.findByTestId('cost-total')).toHaveTextContent('6.00');

    const status = metrics.querySelector('tr[data-metric="status"]') as HTMLElement;
    await user.click(within(status).getByRole('switch', { name: 'Status enabled' }));
    await waitFor(() => expect(status).toHaveTextContent('0 in total'));
    expect(within(status).getByRole('switch', { name: 'Status enabled' })).not.toBeChecked();

    await user.click(within(echo).getByRole('button', { name: 'Add a limit on Echo' }));
    const limit = await screen.findByRole('form', { name: 'Limit on Echo' });
    await user.type(within(limit).getByLabelText('Units'), '500');
    await user.click(within(limit).getByRole('button', { name: 'Set limit' }));
    await waitFor(() => expect(echo).toHaveTextContent('500 per day'));
  });

  it('refuses an overlapping price with the conflicting rule named', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${serviceId('echo_api')}?tab=application-plans`);
    await user.click(within(await screen.findByRole('table', { name: 'Application plans' })).getByRole('link', { name: 'Pay as you go' }));
    const metrics = await screen.findByRole('table', { name: 'Limits and pricing' });
    const echo = metrics.querySelector('tr[data-metric="echo"]') as HTMLElement;
    await user.click(within(echo).getByRole('button', { name: 'Add a price on Echo' }));
    const price = await screen.findByRole('form', { name: 'Price on Echo' });
    await user.clear(within(price).getByLabelText('From unit'));
    await user.type(within(price).getByLabelText('From unit'), '500');
    await user.type(within(price).getByLabelText('Price per unit'), '1');
    await user.click(within(price).getByRole('button', { name: 'Add price' }));
    expect(await screen.findByText(/overlaps the rule 1–1000/)).toBeInTheDocument();
  });
});

describe('plan features', () => {
  it('renames a feature and deletes it from every plan', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${serviceId('echo_api')}?tab=application-plans`);
    await user.click(within(await screen.findByRole('table', { name: 'Application plans' })).getByRole('link', { name: 'Pay as you go' }));
    expect(await screen.findByLabelText('Email support')).toBeChecked();

    await user.click(screen.getByRole('button', { name: 'Edit feature Email support' }));
    const edit = await screen.findByRole('dialog', { name: 'Edit feature Email support' });
    await user.clear(within(edit).getByLabelText('Feature name'));
    await user.type(within(edit).getByLabelText('Feature name'), 'Priority email');
    await user.clear(within(edit).getByLabelText('Description'));
    await user.type(within(edit).getByLabelText('Description'), 'Answered within a day.');
    await user.click(within(edit).getByRole('button', { name: 'Save feature' }));
    expect(await screen.findByLabelText('Priority email')).toBeChecked();
    expect(screen.getByText('Answered within a day.')).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Delete feature Priority email' }));
    const remove = await screen.findByRole('dialog', { name: 'Delete feature Priority email' });
    await user.click(within(remove).getByRole('button', { name: 'Delete feature' }));
    await waitFor(() => expect(screen.queryByLabelText('Priority email')).toBeNull());
    expect(state.features.some((f) => f.name === 'Priority email')).toBe(false);
  });
});

describe('account plans', () => {
  it("lists the tenant's account plans and creates one", async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp('/account-plans');
    const table = await screen.findByRole('table', { name: 'Account plans' });
    expect(planNames(table)).toEqual(['Default']);
    await user.click(screen.getByRole('button', { name: 'Create account plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create account plan' });
    expect(within(dialog).queryByLabelText('Trial period (days)')).toBeNull();
    await user.type(within(dialog).getByLabelText(/^Name/), 'Enterprise');
    await user.click(within(dialog).getByRole('button', { name: 'Create plan' }));
    await waitFor(() => expect(planNames(table)).toEqual(['Default', 'Enterprise']));
  });
});
