import { describe, expect, it } from 'vitest';
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { field, renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

async function openPersonalSettings() {
  signInAs(demo.acmeEmail);
  await renderApp('/settings/personal');
  await screen.findByRole('heading', { name: 'Personal settings' });
}

describe('change password', () => {
  it('validates on the client before sending', async () => {
    const user = userEvent.setup();
    await openPersonalSettings();
    await user.type(field('Current password'), demo.acmePassword);
    await user.type(field('New password'), 'short');
    await user.type(field('Confirm new password'), 'different');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Use at least 10 characters.')).toBeInTheDocument();
    expect(screen.getByText('Passwords do not match')).toBeInTheDocument();
  });

  it('shows a wrong current password from userErrors on its field', async () => {
    const user = userEvent.setup();
    await openPersonalSettings();
    await user.type(field('Current password'), 'wrong');
    await user.type(field('New password'), 'a much better password');
    await user.type(field('Confirm new password'), 'a much better password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('The current password is not right.')).toBeInTheDocument();
  });

  it('changes the password and confirms with a toast', async () => {
    const user = userEvent.setup();
    await openPersonalSettings();
    await user.type(field('Current password'), demo.acmePassword);
    await user.type(field('New password'), 'a much better password');
    await user.type(field('Confirm new password'), 'a much better password');
    await user.click(screen.getByRole('button', { name: 'Change password' }));
    expect(await screen.findByText('Password changed')).toBeInTheDocument();
    expect(state.users.find((u) => u.email === demo.acmeEmail)?.password).toBe('a much better password');
  });
});
