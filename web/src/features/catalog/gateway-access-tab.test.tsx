import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SERVICE_TOKEN_PATTERN } from '@gatehouse/schema/tokens';
import { formatDate } from '../../components/ui/format-date';
import { demo, state } from '../../mocks/store';
import { MAX_SERVICE_TOKENS } from '../../mocks/usage/service-tokens';
import { createServiceToken } from '../../testing/factories';
import { reactStateHolds } from '../../testing/react-state';
import { renderApp, signInAs } from '../../testing/render-app';

function echoApi() {
  const echo = state.services.find((s) => s.systemName === 'echo_api');
  if (!echo) throw new Error('the mock seed has no Echo API');
  return echo;
}

/** Tokens of Echo API in the store, as a gateway's set-up left them. */
function seedTokens(...tokens: { name: string; createdAt: string; lastUsedAt?: string | null }[]) {
  const echo = echoApi();
  return tokens.map((fields) => {
    const token = createServiceToken({ tenantId: echo.tenantId, serviceId: echo.id, ...fields });
    state.serviceTokens.push(token);
    return token;
  });
}

async function openGatewayAccess() {
  signInAs(demo.acmeEmail);
  const app = await renderApp(`/products/${echoApi().id}?tab=gateway-access`);
  const table = await screen.findByRole('table', { name: 'Service tokens' });
  return { ...app, table };
}

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('gateway access (service tokens) of a product', () => {
  it('lists the tokens oldest first, with their prefix, creation and last use, and how gateways send them', async () => {
    const [production, staging] = seedTokens(
      { name: 'APIcast staging', createdAt: '2026-02-02T10:00:00.000Z' },
      { name: 'APIcast production', createdAt: '2026-02-01T10:00:00.000Z', lastUsedAt: '2026-02-03T08:30:00.000Z' },
    ).reverse();
    const { table } = await openGatewayAccess();
    await waitFor(() => expect(rowsOf(table)).toHaveLength(2));
    expect(rowsOf(table).map(cellsOf)).toEqual([
      ['APIcast production', `${production!.prefix}…`, formatDate(production!.createdAt), formatDate(production!.lastUsedAt), 'Revoke'],
      ['APIcast staging', `${staging!.prefix}…`, formatDate(staging!.createdAt), 'Never', 'Revoke'],
    ]);
    expect(screen.getByText('Authorization: Bearer <token>')).toBeInTheDocument();
    expect(screen.getByText('POST /api/usage/authorize')).toBeInTheDocument();
    expect(screen.getByRole('tab', { name: 'Gateway access', selected: true })).toBeInTheDocument();
  });

  it('says so when the product has no token yet', async () => {
    const { table } = await openGatewayAccess();
    expect(await within(table).findByText(/No service tokens yet/)).toBeInTheDocument();
  });

  it('creates a token, shows it once with a copy button, and lists the new row', async () => {
    const user = userEvent.setup();
    const { table, container } = await openGatewayAccess();
    await within(table).findByText(/No service tokens yet/);
    await user.click(screen.getByRole('button', { name: 'Create service token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create service token' });
    await user.type(within(dialog).getByLabelText(/^Name/), '  APIcast production ');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));

    const shown = await screen.findByRole('dialog', { name: 'Service token created' });
    const secret = within(shown).getByTestId('new-service-token').textContent ?? '';
    expect(secret).toMatch(SERVICE_TOKEN_PATTERN);
    expect(within(shown).getByText(/only time the token is shown/)).toBeInTheDocument();
    expect(within(shown).getByRole('button', { name: 'Copy token' })).toBeInTheDocument();
    // The list is refreshed behind the dialog, with the token's prefix only.
    const row = (await within(table).findByText('APIcast production')).closest('tr')!;
    expect(cellsOf(row)[1]).toBe(`${secret.slice(0, 10)}…`);
    expect(state.serviceTokens.map((t) => t.name)).toEqual(['APIcast production']);

    await user.click(within(shown).getByRole('button', { name: 'Done' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(screen.queryByText(secret)).not.toBeInTheDocument();
    // Nor does the page keep it out of sight, e.g. in the create mutation's last result.
    expect(reactStateHolds(container, secret)).toBe(false);
  });

  it("shows the server's userErrors: a blank name under the field, a full product above the buttons", async () => {
    const user = userEvent.setup();
    await openGatewayAccess();
    await user.click(screen.getByRole('button', { name: 'Create service token' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create service token' });
    const name = within(dialog).getByLabelText(/^Name/);
    await user.type(name, '   ');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByText('Give the token a name.')).toBeInTheDocument();
    expect(name).toHaveAttribute('aria-invalid', 'true');

    // Meanwhile another admin fills the product up.
    seedTokens(...Array.from({ length: MAX_SERVICE_TOKENS }, (_, i) => ({ name: `Gateway ${i + 1}`, createdAt: `2026-02-01T10:0${i}:00.000Z` })));
    await user.clear(name);
    await user.type(name, 'One too many');
    await user.click(within(dialog).getByRole('button', { name: 'Create token' }));
    expect(await within(dialog).findByRole('alert')).toHaveTextContent(
      `Echo API has ${MAX_SERVICE_TOKENS} service tokens, the most a product may have; revoke one first.`,
    );
    expect(state.serviceTokens).toHaveLength(MAX_SERVICE_TOKENS);
  });

  it('revokes a token once confirmed, and keeps it when cancelled', async () => {
    const user = userEvent.setup();
    seedTokens({ name: 'APIcast production', createdAt: '2026-02-01T10:00:00.000Z' }, { name: 'Old gateway', createdAt: '2026-02-02T10:00:00.000Z' });
    const { table } = await openGatewayAccess();
    await within(table).findByText('Old gateway');

    await user.click(within(table).getByRole('button', { name: 'Revoke Old gateway' }));
    let dialog = await screen.findByRole('dialog', { name: 'Revoke service token' });
    expect(dialog).toHaveTextContent('Revoke Old gateway');
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(state.serviceTokens).toHaveLength(2);

    await user.click(within(table).getByRole('button', { name: 'Revoke Old gateway' }));
    dialog = await screen.findByRole('dialog', { name: 'Revoke service token' });
    await user.click(within(dialog).getByRole('button', { name: 'Revoke token' }));
    expect(await screen.findByText('Service token revoked')).toBeInTheDocument();
    await waitFor(() => expect(within(table).queryByText('Old gateway')).not.toBeInTheDocument());
    expect(rowsOf(table).map((row) => cellsOf(row)[0])).toEqual(['APIcast production']);
    expect(state.serviceTokens.map((t) => t.name)).toEqual(['APIcast production']);
    expect(state.auditEntries.at(-1)).toMatchObject({ type: 'service_token', action: 'revoked', summary: 'Revoked the service token "Old gateway".' });
  });

  it('is hidden from members, whom the API refuses service tokens', async () => {
    signInAs(demo.memberEmail);
    await renderApp(`/products/${echoApi().id}?tab=gateway-access`);
    expect(await screen.findByRole('tab', { name: 'Overview', selected: true })).toBeInTheDocument();
    expect(screen.queryByRole('tab', { name: 'Gateway access' })).not.toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Service tokens' })).not.toBeInTheDocument();
  });
});
