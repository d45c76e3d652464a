import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from 'msw';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';
import { server } from '../../mocks/server';
import { createTenant } from '../../testing/factories';
import { captureCsvDownload } from '../../testing/capture-download';
import { reactStateHolds } from '../../testing/react-state';

describe('tenants page', () => {
  it('lists tenants for the master admin and sorts by name via the URL', async () => {
    const user = userEvent.setup();
    signInAs(demo.masterEmail);
    const { router } = await renderApp('/tenants');
    const table = await screen.findByRole('table', { name: 'Tenants' });
    expect(await within(table).findByText('Globex Corporation')).toBeInTheDocument();
    expect(within(table).getByText('acme-admin.gatehouse.local')).toBeInTheDocument();

    await user.click(within(table).getByRole('button', { name: /Name/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'NAME:ASC' }));
    await waitFor(() => {
      const names = within(table)
        .getAllByRole('row')
        .slice(1)
        .map((row) => row.querySelector('td p')?.textContent);
      expect(names).toEqual(['Acme API', 'Globex Corporation', 'Master']);
    });
  });

  it('creates a tenant and shows the generated admin password once', async () => {
    const user = userEvent.setup();
    signInAs(demo.masterEmail);
    const { container } = await renderApp('/tenants');
    const table = await screen.findByRole('table', { name: 'Tenants' });
    await within(table).findByText('Acme API');
    await user.click(screen.getByRole('button', { name: 'Create tenant' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create tenant' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Initech Europe!');
    expect(within(dialog).getByTestId('subdomain-preview')).toHaveTextContent('initech-europe');
    await user.type(within(dialog).getByLabelText(/^Admin email/), 'boss@initech.test');
    await user.click(within(dialog).getByRole('button', { name: 'Create tenant' }));

    const shown = await screen.findByRole('dialog', { name: 'Tenant admin password' });
    const password = within(shown).getByTestId('generated-admin-password').textContent ?? '';
    expect(password).toMatch(/^[A-Za-z0-9_-]{20}$/);
    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    expect(await within(table).findByText('Initech Europe!')).toBeInTheDocument();
    // Once the modal is closed, the password is held nowhere in the page (the mutation's result included).
    expect(reactStateHolds(container, password)).toBe(false);
    expect(state.tenants.find((t) => t.subdomain === 'initech-europe')).toBeDefined();
  });

  it('shows a taken subdomain on the field', async () => {
    const user = userEvent.setup();
    signInAs(demo.masterEmail);
    await renderApp('/tenants');
    await user.click(await screen.findByRole('button', { name: 'Create tenant' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create tenant' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'Acme again');
    await user.type(within(dialog).getByLabelText(/^Subdomain/), 'acme');
    await user.type(within(dialog).getByLabelText(/^Admin email/), 'a@acme.test');
    await user.type(within(dialog).getByLabelText(/^Admin password/), 'long enough password');
    await user.click(within(dialog).getByRole('button', { name: 'Create tenant' }));
    expect(await within(dialog).findByText('The subdomain "acme" is taken.')).toBeInTheDocument();
  });

  it('downloads every tenant the search matches as CSV, not just the page shown', async () => {
    const user = userEvent.setup();
    signInAs(demo.masterEmail);
    for (let i = 0; i < 260; i++) state.tenants.push(createTenant({ name: `Reseller ${String(i).padStart(3, '0')}` }));
    const afters: unknown[] = [];
    server.use(
      graphql.query('Tenants', ({ variables }) => {
        if (variables['first'] === 250) afters.push(variables['after']);
        return undefined; // on to the mock schema
      }),
    );
    const csv = captureCsvDownload();
    await renderApp('/tenants?q=reseller&sort=NAME:ASC');
    const table = await screen.findByRole('table', { name: 'Tenants' });
    await within(table).findByText('Reseller 000');
    expect(within(table).getAllByRole('row')).toHaveLength(26); // one page of 25, plus the header

    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    await waitFor(() => expect(csv.filename()).toMatch(/^tenants-\d{4}-\d{2}-\d{2}\.csv$/));
    expect(afters).toEqual([null, expect.any(String)]);
    const [header, ...rows] = await csv.rows();
    expect(header).toEqual(['Name', 'Subdomain', 'Admin portal', 'Created']);
    expect(rows).toHaveLength(260);
    expect(rows[0]).toEqual(['Reseller 000', 'reseller-000', 'reseller-000-admin.gatehouse.local', expect.stringMatching(/^2026-/)]);
    expect(rows.at(-1)?.[0]).toBe('Reseller 259');
  });

  it('is forbidden, and hidden from the navigation, for a tenant admin', async () => {
    signInAs(demo.acmeEmail);
    await renderApp('/tenants');
    expect(await screen.findByRole('heading', { name: 'Not allowed' })).toBeInTheDocument();
    // A static explanation, not an alert announced as if something had just gone wrong.
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.queryByRole('link', { name: 'Tenants' })).not.toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Access tokens' })).toBeInTheDocument();
  });
});
