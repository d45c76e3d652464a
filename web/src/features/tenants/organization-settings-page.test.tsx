import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderApp, signInAs } from '../../testing/render-app';
import { demo, state } from '../../mocks/store';

const acme = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;

async function openOrganization(email = demo.acmeEmail) {
  signInAs(email);
  await renderApp('/settings/organization');
  await screen.findByRole('heading', { name: 'Organization' }, { timeout: 10_000 });
  const form = await screen.findByRole('form', { name: 'Organization' }, { timeout: 10_000 });
  return {
    name: within(form).getByRole('textbox', { name: 'Name' }),
    zone: within(form).getByRole('combobox', { name: 'Time zone' }),
    save: within(form).queryByRole('button', { name: 'Save' }),
  };
}

describe('Settings → Organization', () => {
  it('changes the name and the time zone, which analytics then use by default', async () => {
    const user = userEvent.setup();
    const { name, zone, save } = await openOrganization();
    expect(name).toHaveValue('Acme API');
    expect(zone).toHaveValue('UTC');
    expect(save).toBeDisabled();

    await user.clear(name);
    await user.type(name, 'Acme Rockets');
    await user.clear(zone);
    await user.type(zone, 'Madrid');
    await user.click(await screen.findByRole('option', { name: 'Europe/Madrid', hidden: true }));
    expect(zone).toHaveAccessibleDescription(/^Now \d\d:\d\d \(UTC\+0[12]:00\) there\.$/);
    await user.click(save!);
    expect(await screen.findByText('Organization saved')).toBeInTheDocument();
    expect(acme()).toMatchObject({ name: 'Acme Rockets', timeZone: 'Europe/Madrid' });
    await waitFor(() => expect(save).toBeDisabled());
    expect(state.auditEntries.some((e) => e.type === 'tenant' && e.action === 'updated' && e.summary === 'Changed the name to "Acme Rockets" and the time zone to Europe/Madrid.')).toBe(true);
  });

  it('shows a refused name on its field and saves nothing', async () => {
    const user = userEvent.setup();
    const { name, save } = await openOrganization();
    await user.clear(name);
    await user.type(name, '   ');
    await user.click(save!);
    expect(await screen.findByText('Give the tenant a name.')).toBeInTheDocument();
    expect(acme().name).toBe('Acme API');
  });

  it('is read-only for members', async () => {
    const { name, zone, save } = await openOrganization(demo.memberEmail);
    expect(screen.getByText("Only admins can change the organization's settings.")).toBeInTheDocument();
    expect(name).toBeDisabled();
    expect(zone).toBeDisabled();
    expect(save).toBeNull();
  });
});
