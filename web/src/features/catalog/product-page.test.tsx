import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

function echoApiId(): string {
  const echo = state.services.find((s) => s.systemName === 'echo_api');
  if (!echo) throw new Error('the mock seed has no Echo API');
  return echo.id;
}

const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

describe('product page', () => {
  it('shows methods under hits with their mapped state, and adds a method', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${echoApiId()}?tab=metrics`);
    const table = await screen.findByRole('table', { name: 'Methods and metrics' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('cell')[1]!.textContent)).toEqual(['hits', 'echo', 'status', 'search', 'data_transfer']);
    expect(within(rows[1]!).getByLabelText('mapped')).toBeInTheDocument();
    expect(within(rows[4]!).queryByLabelText('mapped')).toBeNull();

    await user.click(screen.getByRole('button', { name: 'Add method' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add method' });
    await user.type(within(dialog).getByLabelText(/^Name/), 'List items');
    await user.click(within(dialog).getByRole('button', { name: 'Add method' }));
    await waitFor(() => expect(within(table).getByText('List_items')).toBeInTheDocument());
  });

  it('asks before deleting a metric that mapping rules use, then deletes both', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${echoApiId()}?tab=metrics`);
    const table = await screen.findByRole('table', { name: 'Methods and metrics' });
    await user.click(within(table).getByRole('button', { name: 'Delete Status' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete Status' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete' }));
    expect(await within(dialog).findByText(/1 mapping rule \(GET \/status\$\)/)).toBeInTheDocument();
    await user.click(within(dialog).getByRole('button', { name: 'Delete with them' }));
    await waitFor(() => expect(within(table).queryByText('status')).toBeNull());
    expect(state.mappingRules.some((r) => r.pattern === '/status$')).toBe(false);
  });

  it('adds a mapping rule, tests a path against the rules, and reorders them', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${echoApiId()}?tab=mapping-rules`);
    const table = await screen.findByRole('table', { name: 'Mapping rules' });
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(5));

    await user.click(screen.getByRole('button', { name: 'Add mapping rule' }));
    const dialog = await screen.findByRole('dialog', { name: 'Add mapping rule' });
    const pattern = within(dialog).getByLabelText(/^Pattern/);
    await user.clear(pattern);
    await user.type(pattern, 'echo/{{message}');
    await user.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    expect(await within(dialog).findByText(/start with \//i)).toBeInTheDocument();
    await user.clear(pattern);
    await user.type(pattern, '/echo/{{message}/loud');
    await user.click(within(dialog).getByRole('button', { name: 'Add rule' }));
    await waitFor(() => expect(within(table).getAllByRole('row')).toHaveLength(6));
    const added = within(table).getByText('/echo/{message}/loud').closest('tr')!;
    expect(cellsOf(added)[1]).toBe('5');

    const tester = screen.getByRole('form', { name: 'Test a path' });
    const path = within(tester).getByLabelText('Path with query');
    await user.clear(path);
    await user.type(path, '/echo/hello/loud?x=1');
    await user.click(within(tester).getByRole('button', { name: 'Test' }));
    const result = await screen.findByTestId('match-result');
    expect(result).toHaveTextContent('2 rules match');
    // The new rule counts hits (the form's default), the seeded one the echo method, which hits includes too.
    expect(result).toHaveTextContent('echo +1');
    expect(result).toHaveTextContent('hits +2');
    await waitFor(() => expect(table.querySelectorAll('tr[data-matched]')).toHaveLength(2));

    await user.click(within(added).getByRole('button', { name: 'Move GET /echo/{message}/loud up' }));
    await waitFor(() => expect(cellsOf(within(table).getByText('/echo/{message}/loud').closest('tr')!)[1]).toBe('4'));
    expect(state.mappingRules.find((r) => r.pattern === '/echo/{message}/loud')?.position).toBe(4);
  });

  it('saves whether usage alerts are emailed to developers, off by default', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${echoApiId()}`);
    const form = await screen.findByRole('form', { name: 'Product settings' }, { timeout: 10_000 });
    const emails = within(form).getByRole('checkbox', { name: 'Email usage alerts to developers' });
    expect(emails).not.toBeChecked();
    expect(emails).toHaveAccessibleDescription(/its developer account's admins get an email too/);
    await user.click(emails);
    await user.click(within(form).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Product saved')).toBeInTheDocument();
    expect(state.services.find((s) => s.id === echoApiId())?.emailDevelopersOnUsageAlerts).toBe(true);
  });

  it('deletes a product only once its name is typed, listing what goes with it', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    const { router } = await renderApp(`/products/${echoApiId()}`);
    await user.click(await screen.findByRole('button', { name: 'Delete product' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete product' });
    expect(within(dialog).getByTestId('deletion-impact')).toHaveTextContent('2 metrics and 3 methods');
    expect(within(dialog).getByTestId('deletion-impact')).toHaveTextContent('4 mapping rules');
    const confirm = within(dialog).getByRole('button', { name: 'Delete product' });
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), 'Echo API');
    await user.click(confirm);
    await waitFor(() => expect(router.state.location.pathname).toBe('/products'));
    expect(state.services.some((s) => s.systemName === 'echo_api')).toBe(false);
  });

  it('shows a product of another tenant as not found', async () => {
    signInAs('admin@globex.test');
    await renderApp(`/products/${echoApiId()}`);
    expect(await screen.findByText('This product cannot be shown')).toBeInTheDocument();
  });
});

describe('OpenAPI import', () => {
  const petstore = [
    'openapi: 3.0.3',
    'info: { title: Petstore, version: "1" }',
    'servers: [{ url: /v1 }]',
    'paths:',
    '  /pets:',
    '    get: { operationId: listPets, summary: List pets, responses: { "200": { description: ok } } }',
    '  /pets/{id}:',
    '    delete: { responses: { "204": { description: gone } } }',
    '',
  ].join('\n');

  it('previews what a document adds, imports it, and finds nothing new in it the second time', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${echoApiId()}?tab=openapi-import`);
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('input[type=file]');
      if (!found) throw new Error('no file input yet');
      return found;
    });
    await user.upload(input, new File([petstore], 'petstore.yaml', { type: 'application/yaml' }));
    const table = await screen.findByRole('table', { name: 'Operations in the document' });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map(cellsOf)).toEqual([
      ['GET /pets', '/v1/pets$', 'List petslistPets', 'new method + rule'],
      ['DELETE /pets/{id}', '/v1/pets/{id}$', 'DELETE /pets/{id}delete_pets_id', 'new method + rule'],
    ]);
    expect(screen.getByText('The import will create 2 methods and 2 mapping rules.')).toBeInTheDocument();
    expect(state.metrics.some((m) => m.systemName === 'listPets')).toBe(false);

    await user.click(screen.getByRole('button', { name: 'Import 2 methods and 2 rules' }));
    expect(await screen.findByText('Created 2 methods and 2 mapping rules.')).toBeInTheDocument();
    expect(state.metrics.some((m) => m.systemName === 'listPets')).toBe(true);
    expect(state.mappingRules.filter((r) => r.pattern.startsWith('/v1/pets')).map((r) => r.pattern)).toEqual(['/v1/pets$', '/v1/pets/{id}$']);

    await user.upload(input, new File([petstore], 'petstore.yaml', { type: 'application/yaml' }));
    expect(await screen.findByText('Everything in this document is already in the product.')).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Nothing to import' })).toBeDisabled();
  });

  it('shows where a broken document is wrong', async () => {
    const user = userEvent.setup();
    signInAs(demo.acmeEmail);
    await renderApp(`/products/${echoApiId()}?tab=openapi-import`);
    const input = await waitFor(() => {
      const found = document.querySelector<HTMLInputElement>('input[type=file]');
      if (!found) throw new Error('no file input yet');
      return found;
    });
    await user.upload(input, new File(['openapi: 3.0.3\ninfo:\n  title: [unclosed\n'], 'broken.yaml'));
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This document cannot be imported');
    expect(alert).toHaveTextContent(/line \d+, column \d+/);
  });
});
