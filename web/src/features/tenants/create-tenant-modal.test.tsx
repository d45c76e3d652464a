import { describe, expect, it, vi } from 'vitest';
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ApolloProvider } from '@apollo/client/react';
import { createApolloClient } from '../../lib/apollo-client';
import { renderWithMantine } from '../../testing/render-with-mantine';
import { CreateTenantModal } from './create-tenant-modal';

function renderModal() {
  const client = createApolloClient({ href: 'http://localhost:3000/', wsClient: null, onUnauthenticated: () => {} });
  const onCreated = vi.fn();
  renderWithMantine(
    <ApolloProvider client={client}>
      <CreateTenantModal opened onClose={() => {}} onCreated={onCreated} />
    </ApolloProvider>,
  );
  return { dialog: screen.getByRole('dialog', { name: 'Create tenant' }), onCreated };
}

describe('create tenant form', () => {
  it('previews the subdomain the server derives, accents dropped', async () => {
    const user = userEvent.setup();
    const { dialog } = renderModal();
    expect(within(dialog).getByTestId('subdomain-preview')).toHaveTextContent('Derived from the name when empty');
    await user.type(within(dialog).getByLabelText(/^Name/), 'Société Générale');
    expect(within(dialog).getByTestId('subdomain-preview')).toHaveTextContent('Leave empty to use “societe-generale”');
    expect(within(dialog).getByLabelText(/^Subdomain/)).toHaveAttribute('placeholder', 'societe-generale');
  });

  it('previews a reserved name moved aside, as the server does', async () => {
    const user = userEvent.setup();
    const { dialog } = renderModal();
    await user.type(within(dialog).getByLabelText(/^Name/), 'Admin');
    expect(within(dialog).getByTestId('subdomain-preview')).toHaveTextContent('Leave empty to use “admin-2”');
  });

  it("checks a given subdomain and password with the server's rules and words before sending", async () => {
    const user = userEvent.setup();
    const { dialog, onCreated } = renderModal();
    await user.type(within(dialog).getByLabelText(/^Name/), 'Initech');
    await user.type(within(dialog).getByLabelText(/^Subdomain/), 'www');
    await user.type(within(dialog).getByLabelText(/^Admin email/), 'boss@initech.test');
    await user.type(within(dialog).getByLabelText(/^Admin password/), 'too short');
    await user.click(within(dialog).getByRole('button', { name: 'Create tenant' }));
    expect(await within(dialog).findByText('"www" is reserved.')).toBeInTheDocument();
    expect(within(dialog).getByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(onCreated).not.toHaveBeenCalled();
  });
});
