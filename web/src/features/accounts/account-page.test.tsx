import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { AccountState } from '../../gql/graphql';
import { renderApp, signInAs } from '../../testing/render-app';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { createPlan } from '../../testing/factories';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const accountIn = (accountState: AccountState) => state.accounts.find((a) => a.state === accountState)!;
const adminOf = (accountId: string) => state.accountUsers.find((u) => u.accountId === accountId)!;

/** Replaces an input's text at once (typing it key by key is slow in jsdom, and not what these tests are about). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function openAccount(accountId: string) {
  signInAs(demo.acmeEmail);
  const app = await renderApp(`/accounts/${accountId}`);
  const account = state.accounts.find((a) => a.id === accountId)!;
  // The page's code loads when it is opened: the first time, that takes a while.
  await screen.findByRole('heading', { name: account.orgName }, { timeout: 10_000 });
  return app;
}

const actions = () => screen.getByRole('group', { name: 'State actions' });
const offered = () =>
  within(actions())
    .getAllByRole('button')
    .map((button) => button.textContent);

describe('account page', () => {
  it('shows the summary, every field with its value (hidden ones marked) and the users', async () => {
    const account = accountIn('APPROVED');
    const admin = adminOf(account.id);
    const createdAt = new Date().toISOString();
    state.fieldDefinitions.push(
      { tenantId: acmeId(), target: 'ACCOUNT', name: 'internal_notes', label: 'Internal notes', required: false, hidden: true, builtin: false, choices: [], position: 20, createdAt },
      { tenantId: acmeId(), target: 'ACCOUNT', name: 'industry', label: 'Industry', required: true, hidden: false, builtin: false, choices: ['Fintech', 'Retail'], position: 21, createdAt },
    );
    account.values.industry = 'Retail';
    await openAccount(account.id);

    expect(screen.getAllByTestId('account-state')[0]).toHaveTextContent('Approved');
    expect(screen.getByTestId('account-plan')).toHaveTextContent('Default');
    expect(screen.getAllByText(admin.email).length).toBeGreaterThan(0);

    const details = await screen.findByRole('form', { name: 'Account details' });
    expect(within(details).getByRole('textbox', { name: 'Organization name' })).toHaveValue(account.orgName);
    expect(within(details).getByRole('textbox', { name: 'VAT rate (%)' })).toHaveValue(account.values.vat_rate);
    expect(within(details).getByRole('textbox', { name: 'City' })).toHaveValue(account.values.city);
    expect(within(details).getByRole('combobox', { name: 'Industry' })).toHaveValue('Retail');
    // Hidden fields are there for admins, marked; required ones carry the asterisk but may stay empty.
    const notes = within(details).getByRole('textbox', { name: 'Internal notes' });
    expect(notes.closest('.mantine-InputWrapper-root')).toHaveTextContent('hidden from developers');
    expect(within(details).getAllByText('hidden from developers')).toHaveLength(1);
    expect(within(details).getByRole('combobox', { name: 'Industry' }).closest('.mantine-InputWrapper-root')!.querySelector('.mantine-InputWrapper-required')).not.toBeNull();

    const users = screen.getByRole('table', { name: 'Users' });
    const row = within(users).getAllByRole('row')[1]!;
    expect(within(row).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([admin.username, admin.email, 'Admin', 'Active', expect.stringMatching(/^\d{4}-/)]);
  });

  it('approves a pending account: the badge changes, and only what the new state allows is offered', async () => {
    const user = userEvent.setup();
    const account = accountIn('PENDING');
    await openAccount(account.id);
    expect(offered()).toEqual(['Approve', 'Reject', 'Suspend']);

    await user.click(within(actions()).getByRole('button', { name: 'Approve' }));
    await waitFor(() => expect(screen.getAllByTestId('account-state')[0]).toHaveTextContent('Approved'));
    expect(state.accounts.find((a) => a.id === account.id)!.state).toBe('APPROVED');
    expect(offered()).toEqual(['Make pending', 'Reject', 'Suspend']);
    expect(await screen.findByText('Account approved')).toBeInTheDocument();
  });

  it('offers a suspended account nothing but Resume', async () => {
    const user = userEvent.setup();
    await openAccount(accountIn('SUSPENDED').id);
    expect(offered()).toEqual(['Resume']);
    await user.click(within(actions()).getByRole('button', { name: 'Resume' }));
    await waitFor(() => expect(screen.getAllByTestId('account-state')[0]).toHaveTextContent('Approved'));
  });

  it('asks before rejecting; cancelling changes nothing', async () => {
    const user = userEvent.setup();
    const account = accountIn('APPROVED');
    await openAccount(account.id);

    await user.click(within(actions()).getByRole('button', { name: 'Reject' }));
    const dialog = await screen.findByRole('dialog', { name: 'Reject account' });
    expect(dialog).toHaveTextContent(`Reject ${account.orgName}?`);
    await user.click(within(dialog).getByRole('button', { name: 'Cancel' }));
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(state.accounts.find((a) => a.id === account.id)!.state).toBe('APPROVED');

    await user.click(within(actions()).getByRole('button', { name: 'Reject' }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Reject account' })).getByRole('button', { name: 'Reject account' }));
    await waitFor(() => expect(screen.getAllByTestId('account-state')[0]).toHaveTextContent('Rejected'));
    expect(offered()).toEqual(['Approve', 'Make pending', 'Suspend']);
  });

  it('shows a refused state change (someone else changed the state meanwhile)', async () => {
    const user = userEvent.setup();
    const account = accountIn('PENDING');
    await openAccount(account.id);
    account.state = 'SUSPENDED';
    await user.click(within(actions()).getByRole('button', { name: 'Approve' }));
    expect(await screen.findByText('Could not approve the account')).toBeInTheDocument();
    expect(screen.getByText(/The account is suspended; it can be approved only when created, pending, rejected\./)).toBeInTheDocument();
  });

  it("changes the account's plan", async () => {
    const user = userEvent.setup();
    const gold = createPlan({ tenantId: acmeId(), kind: 'ACCOUNT', name: 'Gold', state: 'PUBLISHED' });
    state.plans.push(gold);
    const account = accountIn('APPROVED');
    await openAccount(account.id);
    expect(screen.getByRole('button', { name: 'Change plan' })).toBeDisabled();

    await user.click(screen.getByRole('combobox', { name: 'Account plan' }));
    // Mantine's dropdown is still in its opening transition (hidden) as jsdom sees it.
    await user.click(await screen.findByRole('option', { name: 'Gold', hidden: true }));
    await user.click(screen.getByRole('button', { name: 'Change plan' }));
    await waitFor(() => expect(screen.getByTestId('account-plan')).toHaveTextContent('Gold'));
    expect(state.accounts.find((a) => a.id === account.id)!.planId).toBe(gold.id);
    expect(screen.getByRole('button', { name: 'Change plan' })).toBeDisabled();
  });

  it('saves only the changed details, after checking them with the shared rules', async () => {
    const user = userEvent.setup();
    const sent: unknown[] = [];
    server.events.on('request:start', async ({ request }) => {
      const body = (await request.clone().json()) as { operationName?: string; variables?: { input?: unknown } };
      if (body.operationName === 'UpdateAccount') sent.push(body.variables?.input);
    });
    const account = accountIn('APPROVED');
    await openAccount(account.id);
    const details = await screen.findByRole('form', { name: 'Account details' });
    const vat = within(details).getByRole('textbox', { name: 'VAT rate (%)' });

    await fill(user, vat, '120');
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(await within(details).findByText(/Give a percentage from 0 to 100/)).toBeInTheDocument();
    expect(sent).toEqual([]);

    await fill(user, vat, '7.5');
    await user.clear(within(details).getByRole('textbox', { name: 'City' }));
    await fill(user, within(details).getByRole('textbox', { name: 'ZIP code' }), '10115');
    await user.click(within(details).getByRole('button', { name: 'Save' }));
    expect(await screen.findByText('Account saved')).toBeInTheDocument();
    expect(sent).toEqual([
      {
        id: account.id,
        orgName: null,
        fields: [
          { name: 'city', value: '' },
          { name: 'zip', value: '10115' },
          { name: 'vat_rate', value: '7.5' },
        ],
      },
    ]);
    const saved = state.accounts.find((a) => a.id === account.id)!;
    expect(saved.values).toMatchObject({ vat_rate: '7.5', zip: '10115' });
    expect(saved.values.city).toBeUndefined();
  });

  it('deletes the account once its name is typed, and goes back to the listing', async () => {
    const user = userEvent.setup();
    const account = accountIn('CREATED');
    const { router } = await openAccount(account.id);
    await user.click(screen.getByRole('button', { name: 'Delete account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Delete account' });
    const confirm = within(dialog).getByRole('button', { name: 'Delete account' });
    expect(confirm).toBeDisabled();
    await fill(user, within(dialog).getByRole('textbox'), account.orgName.slice(0, -1));
    expect(confirm).toBeDisabled();
    await user.type(within(dialog).getByRole('textbox'), account.orgName.slice(-1));
    await user.click(confirm);

    await waitFor(() => expect(router.state.location.pathname).toBe('/accounts'));
    expect(state.accounts.some((a) => a.id === account.id)).toBe(false);
    const table = await screen.findByRole('table', { name: 'Accounts' }, { timeout: 10_000 });
    await waitFor(() => expect(screen.getByText('199 total')).toBeInTheDocument());
    expect(within(table).queryByText(account.orgName)).not.toBeInTheDocument();
  });

  it('says when the account does not exist', async () => {
    signInAs(demo.acmeEmail);
    await renderApp('/accounts/QWNjb3VudDowMDAwMDAwMC0wMDAwLTQwMDAtOTAwMC0wMDAwMDAwMDAwMDA');
    expect(await screen.findByText('This account cannot be shown', {}, { timeout: 10_000 })).toBeInTheDocument();
    expect(screen.getByRole('link', { name: 'Back to the accounts' })).toBeInTheDocument();
  });
});

describe('account page: applications, subscriptions and messages', () => {
  const withApplications = () => {
    const account = accountIn('APPROVED');
    expect(state.applications.some((a) => a.accountId === account.id)).toBe(true);
    return account;
  };

  it("lists the account's applications with their product, plan and state, each linking to its page", async () => {
    const account = withApplications();
    await openAccount(account.id);
    const table = screen.getByRole('table', { name: 'Applications' });
    const apps = state.applications.filter((a) => a.accountId === account.id).sort((a, b) => b.createdAt.localeCompare(a.createdAt));
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows).toHaveLength(apps.length);
    const first = apps[0]!;
    const service = state.services.find((s) => s.id === first.serviceId)!;
    const plan = state.plans.find((p) => p.id === first.planId)!;
    expect(within(rows[0]!).getAllByRole('cell').map((cell) => cell.textContent)).toEqual([
      first.name,
      service.name,
      plan.name,
      { PENDING: 'Pending', LIVE: 'Live', SUSPENDED: 'Suspended' }[first.state],
      expect.stringMatching(/^\d{4}-/),
    ]);
    expect(within(rows[0]!).getByRole('link', { name: first.name })).toHaveAttribute('href', `/applications/${first.id}`);
  });

  it("creates an application on the product's default plan and opens it", async () => {
    const user = userEvent.setup();
    const account = withApplications();
    const { router } = await openAccount(account.id);
    const echo = state.services.find((s) => s.name === 'Echo API')!;
    const defaultPlan = state.plans.find((p) => p.kind === 'APPLICATION' && p.serviceId === echo.id && p.isDefault)!;
    await user.click(screen.getByRole('button', { name: 'New application' }));
    const dialog = await screen.findByRole('dialog', { name: 'New application' });
    await user.click(within(dialog).getByRole('button', { name: 'Create application' }));
    expect(await within(dialog).findByText('Choose a product')).toBeInTheDocument();
    expect(within(dialog).getByText('Give the application a name')).toBeInTheDocument();

    const product = within(dialog).getByRole('combobox', { name: 'Product' });
    await user.click(product);
    await user.click(within(document.getElementById(product.getAttribute('aria-controls')!)!).getByRole('option', { name: 'Echo API', hidden: true }));
    await waitFor(() => expect((within(dialog).getByRole('combobox', { name: 'Application plan' }) as HTMLInputElement).value).toBe(`${defaultPlan.name} (default)`));
    await fill(user, within(dialog).getByRole('textbox', { name: 'Name' }), 'Echo Tester');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Description' }), 'Checks the echo.');
    await user.click(within(dialog).getByRole('button', { name: 'Create application' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/applications\/.+/));
    expect(await screen.findByRole('heading', { name: 'Echo Tester' }, { timeout: 10_000 })).toBeInTheDocument();
    const created = state.applications.find((a) => a.name === 'Echo Tester')!;
    expect(created).toMatchObject({ accountId: account.id, serviceId: echo.id, planId: defaultPlan.id, description: 'Checks the echo.' });
    expect(await screen.findByText('Application created')).toBeInTheDocument();
  });

  it('shows why a subscription cannot be unsubscribed while the account has applications of the product', async () => {
    const user = userEvent.setup();
    const account = withApplications();
    const subscription = state.serviceSubscriptions.find((s) => s.accountId === account.id && state.applications.some((a) => a.accountId === account.id && a.serviceId === s.serviceId))!;
    const service = state.services.find((s) => s.id === subscription.serviceId)!;
    await openAccount(account.id);
    const table = screen.getByRole('table', { name: 'Subscriptions' });
    await user.click(within(table).getByRole('button', { name: `Unsubscribe from ${service.name}` }));
    const dialog = await screen.findByRole('dialog', { name: 'Unsubscribe' });
    expect(dialog).toHaveTextContent(`Unsubscribe ${account.orgName} from ${service.name}?`);
    await user.click(within(dialog).getByRole('button', { name: 'Unsubscribe' }));
    const alert = await within(dialog).findByRole('alert');
    expect(alert).toHaveTextContent('Not unsubscribed');
    expect(alert).toHaveTextContent(/application.* of this product/);
    expect(state.serviceSubscriptions.some((s) => s.id === subscription.id)).toBe(true);
  });

  it('unsubscribes an account without applications of the product, and suspends and resumes a subscription', async () => {
    const user = userEvent.setup();
    const account = withApplications();
    const subscription = state.serviceSubscriptions.find((s) => s.accountId === account.id && s.state === 'LIVE')!;
    const service = state.services.find((s) => s.id === subscription.serviceId)!;
    const table = async () => screen.findByRole('table', { name: 'Subscriptions' });
    await openAccount(account.id);
    const row = () => screen.getByRole('table', { name: 'Subscriptions' }).querySelector<HTMLElement>(`tr[data-subscription="${service.name}"]`)!;
    expect(within(row()).getByTestId('subscription-state')).toHaveTextContent('Live');
    await user.click(within(row()).getByRole('button', { name: `Suspend ${service.name}` }));
    await waitFor(() => expect(within(row()).getByTestId('subscription-state')).toHaveTextContent('Suspended'));
    expect(state.serviceSubscriptions.find((s) => s.id === subscription.id)!.state).toBe('SUSPENDED');
    await user.click(within(row()).getByRole('button', { name: `Resume ${service.name}` }));
    await waitFor(() => expect(within(row()).getByTestId('subscription-state')).toHaveTextContent('Live'));

    // Without its applications of the product, the account may leave it.
    state.applications = state.applications.filter((a) => !(a.accountId === account.id && a.serviceId === service.id));
    await user.click(within(row()).getByRole('button', { name: `Unsubscribe from ${service.name}` }));
    await user.click(within(await screen.findByRole('dialog', { name: 'Unsubscribe' })).getByRole('button', { name: 'Unsubscribe' }));
    await waitFor(() => expect(row()).toBeNull());
    expect(await table()).toBeInTheDocument();
    expect(state.serviceSubscriptions.some((s) => s.id === subscription.id)).toBe(false);
  });

  it('sends a message, which then leads the list', async () => {
    const user = userEvent.setup();
    const account = withApplications();
    await openAccount(account.id);
    await user.click(screen.getByRole('button', { name: 'Send message' }));
    const dialog = await screen.findByRole('dialog', { name: `Send a message to ${account.orgName}` });
    await user.click(within(dialog).getByRole('button', { name: 'Send message' }));
    expect(await within(dialog).findByText('Give the message a subject')).toBeInTheDocument();
    await fill(user, within(dialog).getByRole('textbox', { name: 'Subject' }), 'Your invoice');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Message' }), 'It is ready.\n\nThanks!');
    await user.click(within(dialog).getByRole('button', { name: 'Send message' }));
    expect(await screen.findByText('Message sent')).toBeInTheDocument();
    const list = await screen.findByRole('list', { name: 'Messages' });
    await waitFor(() => expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Your invoice'));
    expect(within(list).getAllByRole('listitem')[0]).toHaveTextContent('Sent to the account');
    expect(state.accountMessages.filter((m) => m.accountId === account.id && m.subject === 'Your invoice')).toHaveLength(1);
  });
});
