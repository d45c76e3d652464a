import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const saved = () => state.signupSettings.find((s) => s.tenantId === acmeId());

async function openSignup(email = demo.acmeEmail) {
  signInAs(email);
  await renderApp('/settings/signup');
  await screen.findByRole('heading', { name: 'Signup' }, { timeout: 10_000 });
  return {
    selfSignup: await screen.findByRole('switch', { name: /^Developers may sign up on their own/ }, { timeout: 10_000 }),
    approval: screen.getByRole('switch', { name: /^New accounts wait for approval/ }),
  };
}

describe('Settings → Signup', () => {
  it('saves each switch at once, and says what it means', async () => {
    const user = userEvent.setup();
    const { selfSignup, approval } = await openSignup();
    expect(selfSignup).toBeChecked();
    expect(approval).not.toBeChecked();
    expect(approval).toHaveAccessibleDescription('A new signup is approved at once, unless its account plan requires approval.');

    await user.click(approval);
    expect(await screen.findByText('Signup settings saved')).toBeInTheDocument();
    await waitFor(() => expect(approval).toBeChecked());
    expect(approval).toHaveAccessibleDescription(/A new signup is pending until an admin approves it/);
    expect(saved()).toMatchObject({ accountApprovalRequired: true, selfSignupEnabled: true });

    await user.click(selfSignup);
    await waitFor(() => expect(selfSignup).not.toBeChecked());
    expect(saved()).toMatchObject({ accountApprovalRequired: true, selfSignupEnabled: false });
    expect(selfSignup).toHaveAccessibleDescription(/Signups are refused/);
  });

  it('is read-only for members', async () => {
    const { selfSignup, approval } = await openSignup(demo.memberEmail);
    expect(screen.getByText('Only admins can change the signup settings.')).toBeInTheDocument();
    expect(selfSignup).toBeDisabled();
    expect(approval).toBeDisabled();
    const nav = screen.getByRole('navigation', { name: 'Main navigation' });
    expect(within(nav).getByRole('link', { name: 'Signup' })).toHaveAttribute('data-active', 'true');
  });
});
