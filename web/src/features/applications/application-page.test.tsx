import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from 'msw';
import { MAX_APP_KEYS } from '@gatehouse/schema/applications';
import type { ApplicationState, ServiceAuthMode } from '../../gql/graphql';
import { renderApp, signInAs } from '../../testing/render-app';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const serviceNamed = (name: string) => state.services.find((s) => s.tenantId === acmeId() && s.name === name)!;
const current = (id: string) => state.applications.find((a) => a.id === id);
const keysOf = (id: string) => state.applicationKeys.filter((k) => k.applicationId === id);

/** An Acme application of the product in the state asked for, its product switched to `authMode`. */
function applicationOf(product: string, appState: ApplicationState = 'LIVE', authMode?: ServiceAuthMode) {
  const service = serviceNamed(product);
  if (authMode) service.authMode = authMode;
  const app = state.applications.find((a) => a.serviceId === service.id && a.state === appState)!;
  if (!app) throw new Error(`No ${appState} application of ${product}`);
  return { app, service };
}

/** Replaces an input's text at once (typing it key by key is slow in jsdom, and not what these tests are about). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function openApplication(id: string) {
  signInAs(demo.acmeEmail);
  const app = await renderApp(`/applications/${id}`);
  // The page's code loads when it is opened: the first time, that takes a while.
  await screen.findByRole('heading', { name: current(id)!.name }, { timeout: 10_000 });
  return app;
}

const credentials = () => screen.getByRole('region', { name: 'Credentials' });
const actions = () => screen.getByRole('group', { name: 'State actions' });
const offered = () =>
  within(actions())
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('application page', () => {
  it('shows the summary: account, product, plan, trial, created and traffic', async () => {
    const { app, service } = applicationOf('Echo API');
    app.trialEndsAt = '2030-01-31T10:00:00.000Z';
    app.lastTrafficAt = '2026-01-02T03:04:00.000Z';
    const account = state.accounts.find((a) => a.id === app.accountId)!;
    const plan = state.plans.find((p) => p.id === app.planId)!;
    await openApplication(app.id);
    expect(screen.getByTestId('application-account')).toHaveAttribute('href', `/accounts/${account.id}`);
    expect(screen.getByTestId('application-account')).toHaveTextContent(account.orgName);
    expect(screen.getByRole('link', { name: service.name })).toHaveAttribute('href', `/products/${service.id}`);
    expect(screen.getByTestId('application-plan')).toHaveTextContent(plan.name);
    expect(screen.getByText('2030-01-31', { exact: false })).toBeInTheDocument();
    expect(screen.getByTestId('last-traffic')).toHaveTextContent(/^2026-01-02 \d\d:04$/);
    expect(screen.getByRole('region', { name: `Plan: ${plan.name}` })).toBeInTheDocument();
  });

  it('suspends a live application after asking, then offers only Resume', async () => {
    const user = userEvent.setup();
    const { app } = applicationOf('Echo API');
    await openApplication(app.id);
    expect(offered()).toEqual(['Suspend']);
    await user.click(within(actions()).getByRole('button', { name: 'Suspend' }));
    const dialog = await screen.findByRole('dialog', { name: 'Suspend application' });
    expect(dialog).toHaveTextContent('Every call with its credentials is refused at once');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend application' }));
    await waitFor(() => expect(screen.getAllByTestId('application-state')[0]).toHaveTextContent('Suspended'));
    expect(current(app.id)!.state).toBe('SUSPENDED');
    expect(offered()).toEqual(['Resume']);
    await user.click(within(actions()).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(screen.getAllByTestId('application-state')[0]).toHaveTextContent('Live'));
    expect(await screen.findByText('Application resumed')).toBeInTheDocument();
  });

  it('accepts a pending application: it goes live, and Suspend is offered', async () => {
    const user = userEvent.setup();
    const { app } = applicationOf('Echo API', 'PENDING');
    await openApplication(app.id);
    expect(offered()).toEqual(['Accept', 'Reject']);
    await user.click(within(actions()).getByRole('button', { name: 'Accept' }));
    await waitFor(() => expect(screen.getAllByTestId('application-state')[0]).toHaveTextContent('Live'));
    expect(current(app.id)!.state).toBe('LIVE');
    expect(offered()).toEqual(['Suspend']);
  });

  it('rejects a pending application, which deletes it, and goes to its account', async () => {
    const user = userEvent.setup();
    const { app } = applicationOf('Echo API', 'PENDING');
    const account = state.accounts.find((a) => a.id === app.accountId)!;
    const { router } = await openApplication(app.id);
    await user.click(within(actions()).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject application' });
    expect(dialog).toHaveTextContent('Rejecting a pending application deletes it with its keys.');
    await user.click(within(dialog).getByRole('button', { name: 'Reject application' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/accounts/${account.id}`));
    expect(current(app.id)).toBeUndefined();
    expect(await screen.findByRole('heading', { name: account.orgName }, { timeout: 10_000 })).toBeInTheDocument();
  });

  describe('credentials', () => {
    it('USER_KEY: the user key with copy; regenerating (after asking) shows the new key', async () => {
      const user = userEvent.setup();
      const { app } = applicationOf('Echo API', 'LIVE', 'USER_KEY');
      const before = app.userKey;
      await openApplication(app.id);
      expect(within(credentials()).getByTestId('auth-mode')).toHaveTextContent('API key (user_key)');
      expect(within(credentials()).getByTestId('user-key')).toHaveTextContent(before);
      expect(within(credentials()).getByRole('button', { name: 'Copy user key' })).toBeInTheDocument();
      expect(within(credentials()).queryByTestId('app-id')).toBeNull();
      expect(within(credentials()).queryByTestId('client-secret')).toBeNull();
      // The product does not allow custom keys.
      expect(within(credentials()).queryByRole('button', { name: 'Set custom key' })).toBeNull();

      await user.click(within(credentials()).getByRole('button', { name: 'Regenerate' }));
      const dialog = await screen.findByRole('dialog', { name: 'Regenerate user key' });
      await user.click(within(dialog).getByRole('button', { name: 'Regenerate user key' }));
      await waitFor(() => expect(current(app.id)!.userKey).not.toBe(before));
      await waitFor(() => expect(within(credentials()).getByTestId('user-key')).toHaveTextContent(current(app.id)!.userKey));
      expect(within(credentials()).getByTestId('user-key')).not.toHaveTextContent(before);
    });

    it('USER_KEY with custom keys allowed: the shared rule first, then the server’s refusal, at the input', async () => {
      const user = userEvent.setup();
      const { app, service } = applicationOf('Echo API', 'LIVE', 'USER_KEY');
      service.customKeysAllowed = true;
      const other = state.applications.find((a) => a.serviceId === service.id && a.id !== app.id)!;
      const sent: unknown[] = [];
      server.use(
        graphql.mutation('SetUserKey', ({ variables }) => {
          sent.push(variables['input']);
          return undefined;
        }),
      );
      await openApplication(app.id);
      await user.click(within(credentials()).getByRole('button', { name: 'Set custom key' }));
      const input = within(credentials()).getByRole('textbox', { name: 'Custom user key' });
      await fill(user, input, 'no spaces allowed');
      await user.click(within(credentials()).getByRole('button', { name: 'Set key' }));
      await waitFor(() => expect(input).toHaveAccessibleDescription(/Use 5–256 characters: letters, digits and `-`\./));
      expect(sent).toEqual([]);

      await fill(user, input, other.userKey);
      await user.click(within(credentials()).getByRole('button', { name: 'Set key' }));
      await waitFor(() => expect(input).toHaveAccessibleDescription(/Another application of this product has this user key\./));
      expect(current(app.id)!.userKey).not.toBe(other.userKey);

      await fill(user, input, 'my-own-key-2026');
      await user.click(within(credentials()).getByRole('button', { name: 'Set key' }));
      await waitFor(() => expect(within(credentials()).getByTestId('user-key')).toHaveTextContent('my-own-key-2026'));
      expect(current(app.id)!.userKey).toBe('my-own-key-2026');
      expect(within(credentials()).queryByRole('textbox', { name: 'Custom user key' })).toBeNull();
    });

    it('APP_ID_APP_KEY: the app ID and keys; adds one, deletes one, and is told why the last one stays', async () => {
      const user = userEvent.setup();
      const { app } = applicationOf('Email API', 'LIVE', 'APP_ID_APP_KEY');
      expect(keysOf(app.id)).toHaveLength(1);
      const first = keysOf(app.id)[0]!;
      await openApplication(app.id);
      expect(within(credentials()).getByTestId('auth-mode')).toHaveTextContent('App ID and app keys');
      expect(within(credentials()).getByTestId('app-id')).toHaveTextContent(app.appId);
      expect(within(credentials()).queryByTestId('user-key')).toBeNull();
      const keys = within(credentials()).getByRole('table', { name: 'App keys' });
      expect(within(keys).getAllByTestId('app-key').map((row) => row.querySelector('code')!.textContent)).toEqual([first.value]);

      await user.click(within(credentials()).getByRole('button', { name: 'Add generated key' }));
      await waitFor(() => expect(within(keys).getAllByTestId('app-key')).toHaveLength(2));
      const second = keysOf(app.id).find((k) => k.id !== first.id)!;
      expect(within(keys).getAllByTestId('app-key')[1]).toHaveTextContent(second.value);

      await user.click(within(keys).getByRole('button', { name: `Delete key …${first.value.slice(-4)}` }));
      await waitFor(() => expect(within(keys).getAllByTestId('app-key')).toHaveLength(1));
      expect(keysOf(app.id).map((k) => k.id)).toEqual([second.id]);

      // The last key of an APP_ID_APP_KEY product's application stays (LAST_KEY).
      await user.click(within(keys).getByRole('button', { name: `Delete key …${second.value.slice(-4)}` }));
      const refusal = await within(credentials()).findByRole('alert');
      expect(refusal).toHaveTextContent("This is the application's only app key and its product requires one: add another first.");
      expect(keysOf(app.id)).toHaveLength(1);
      expect(within(keys).getAllByTestId('app-key')).toHaveLength(1);
    });

    it(`APP_ID_APP_KEY: no more than ${MAX_APP_KEYS} keys, and says so`, async () => {
      const user = userEvent.setup();
      const { app } = applicationOf('Email API', 'LIVE', 'APP_ID_APP_KEY');
      await openApplication(app.id);
      for (let n = 2; n <= MAX_APP_KEYS; n++) {
        await user.click(within(credentials()).getByRole('button', { name: 'Add generated key' }));
        await waitFor(() => expect(within(credentials()).getAllByTestId('app-key')).toHaveLength(n));
      }
      expect(within(credentials()).getByRole('button', { name: 'Add generated key' })).toBeDisabled();
      expect(within(credentials()).getByTestId('key-limit')).toHaveTextContent(`An application keeps at most ${MAX_APP_KEYS} app keys: delete one to add another.`);
    });

    it('OIDC: the client ID, the secret hidden until revealed and regenerated after asking, and the redirect URL', async () => {
      const user = userEvent.setup();
      const { app } = applicationOf('Echo API', 'LIVE', 'OIDC');
      app.redirectUrl = 'https://app.example.com/callback';
      const before = app.clientSecret;
      await openApplication(app.id);
      expect(within(credentials()).getByTestId('auth-mode')).toHaveTextContent('OpenID Connect');
      expect(within(credentials()).getByTestId('client-id')).toHaveTextContent(app.appId);
      const secret = within(credentials()).getByTestId('client-secret');
      expect(secret).not.toHaveTextContent(before);
      expect(within(credentials()).getByRole('button', { name: 'Copy client secret' })).toBeInTheDocument();
      await user.click(within(credentials()).getByRole('button', { name: 'Reveal client secret' }));
      expect(within(credentials()).getByTestId('client-secret')).toHaveTextContent(before);
      expect(within(credentials()).getByTestId('redirect-url')).toHaveTextContent('https://app.example.com/callback');

      await user.click(within(credentials()).getByRole('button', { name: 'Regenerate secret' }));
      await user.click(within(await screen.findByRole('dialog', { name: 'Regenerate client secret' })).getByRole('button', { name: 'Regenerate client secret' }));
      await waitFor(() => expect(current(app.id)!.clientSecret).not.toBe(before));
      // The new secret starts hidden again.
      await waitFor(() => expect(within(credentials()).getByRole('button', { name: 'Reveal client secret' })).toHaveAttribute('aria-pressed', 'false'));
      await user.click(within(credentials()).getByRole('button', { name: 'Reveal client secret' }));
      expect(within(credentials()).getByTestId('client-secret')).toHaveTextContent(current(app.id)!.clientSecret);
    });

    it('OIDC: the redirect URL is edited under Details, checked with the shared rule', async () => {
      const user = userEvent.setup();
      const { app } = applicationOf('Echo API', 'LIVE', 'OIDC');
      await openApplication(app.id);
      const details = screen.getByRole('form', { name: 'Application details' });
      const url = within(details).getByRole('textbox', { name: 'Redirect URL' });
      await fill(user, url, 'ftp://files.example.com');
      await user.click(within(details).getByRole('button', { name: 'Save' }));
      await waitFor(() => expect(url).toHaveAccessibleDescription(/Use an http or https URL\./));
      await fill(user, url, 'https://app.example.com/back');
      await user.click(within(details).getByRole('button', { name: 'Save' }));
      expect(await screen.findByText('Application saved')).toBeInTheDocument();
      expect(current(app.id)!.redirectUrl).toBe('https://app.example.com/back');
      await waitFor(() => expect(within(credentials()).getByTestId('redirect-url')).toHaveTextContent('https://app.example.com/back'));
    });

    it('USER_KEY products have no redirect URL to edit', async () => {
      const { app } = applicationOf('Echo API', 'LIVE', 'USER_KEY');
      await openApplication(app.id);
      const details = screen.getByRole('form', { name: 'Application details' });
      expect(within(details).queryByRole('textbox', { name: 'Redirect URL' })).toBeNull();
    });
  });

  it('deletes the application after asking, and shows its account', async () => {
    const user = userEvent.setup();
    const { app } = applicationOf('Echo API');
    const { router } = await openApplication(app.id);
    await user.click(screen.getByRole('button', { name: 'Delete application' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete application' });
    await user.click(within(dialog).getByRole('button', { name: 'Delete application' }));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/accounts/${app.accountId}`));
    expect(current(app.id)).toBeUndefined();
    expect(keysOf(app.id)).toEqual([]);
  });

  it('says when the application does not exist', async () => {
    signInAs(demo.acmeEmail);
    await renderApp('/applications/QXBwbGljYXRpb246MDAwMDAwMDAtMDAwMC00MDAwLTkwMDAtMDAwMDAwMDAwMDAw');
    expect(await screen.findByText('This application cannot be shown', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the applications' })).toBeInTheDocument();
  });
});
