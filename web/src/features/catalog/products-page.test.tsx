import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { field, renderApp, signInAs } from '../../testing/render-app';
import { demo } from '../../mocks/store';

const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td a')?.textContent);

describe('products page', () => {
  it("lists the tenant's products with their metric and method counts, and searches them", async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const { router } = await renderApp('/products');
    const table = await screen.findByRole('table', { name: 'Products' });
    await waitFor(() => expect(names(table)).toEqual(['API', 'Echo API', 'Email API']));
    const echo = within(table).getByText('Echo API').closest('tr')!;
    // hits and data_transfer; three methods under hits.
    expect(within(echo).getAllByRole('cell').map((c) => c.textContent)).toEqual(expect.arrayContaining(['echo_api', 'API key (user_key)', '2', '3']));

    await user.type(screen.getByRole('textbox', { name: 'Search products' }), 'mail');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: 'mail' }));
    await waitFor(() => expect(names(table)).toEqual(['Email API']));
  });

  it('creates a product with a derived system name and opens it', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const { router } = await renderApp('/products');
    await screen.findByRole('table', { name: 'Products' });
    await user.click(screen.getByRole('button', { name: 'Create product' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create product' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Weather Forecasts!');
    expect(within(dialog).getByTestId('system-name-preview')).toHaveTextContent('weather_forecasts');
    await user.click(within(dialog).getByRole('button', { name: 'Create product' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/products\/.+/));
    expect(await screen.findByRole('heading', { name: 'Weather Forecasts!' })).toBeInTheDocument();
    expect(field('System name')).toHaveValue('weather_forecasts');
  });

  it('refuses a product system name the shared rule refuses, before sending', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp('/products');
    await user.click(await screen.findByRole('button', { name: 'Create product' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create product' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'X');
    await user.type(within(dialog).getByLabelText(/^System name/), 'Has Space');
    await user.click(within(dialog).getByRole('button', { name: 'Create product' }));
    expect(await within(dialog).findByText(/lowercase letters, digits, underscores and dashes/)).toBeInTheDocument();
  });
});
