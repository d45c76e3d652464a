import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { field, renderApp, signInAs } from '../../testing/render-app';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { createPlan } from '../../testing/factories';
import { activeMockJob, holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';

/** The organization names in the table, in order. */
const orgNames = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td a')?.textContent);

const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

/** Replaces an input's text at once (typing it key by key is slow in jsdom, and not what these tests are about). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function openAccounts(path = '/accounts') {
  signInAs(demo.acmeEmail);
  const app = await renderApp(path);
  // The page's code loads when it is opened: the first time, that takes a while.
  const table = await screen.findByRole('table', { name: 'Accounts' }, { timeout: 10_000 });
  await waitFor(() => expect(orgNames(table).length).toBeGreaterThan(0));
  return { ...app, table };
}

/** The filter each Accounts request sent, in order. */
function recordFilters() {
  const sent: unknown[] = [];
  server.events.on('request:start', async ({ request }) => {
    const body = (await request.clone().json()) as { operationName?: string; variables?: { filter?: unknown } };
    if (body.operationName === 'Accounts') sent.push(body.variables?.filter);
  });
  return sent;
}

describe('accounts page', () => {
  it("lists the tenant's accounts newest first, with their admin, signup date, plan, applications and state", async () => {
    const { table } = await openAccounts();
    expect(screen.getByText('200 total')).toBeInTheDocument();
    const newest = [...state.accounts].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0]!;
    const admin = state.accountUsers.find((u) => u.accountId === newest.id)!;
    expect(orgNames(table)[0]).toBe(newest.orgName);
    const row = within(table).getAllByRole('row')[1]!;
    const apps = state.applications.filter((a) => a.accountId === newest.id).length;
    expect(apps).toBeGreaterThan(0);
    // The first cell is the row's selection checkbox.
    expect(cellsOf(row)).toEqual(['', newest.orgName, `${admin.username}${admin.email}`, expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/), 'Default', String(apps), expect.any(String)]);
    expect(within(row).getByTestId('account-state')).toHaveTextContent(
      { APPROVED: 'Approved', PENDING: 'Pending', CREATED: 'Created', REJECTED: 'Rejected', SUSPENDED: 'Suspended' }[newest.state],
    );
    // The organization links to the account's page.
    expect(within(row).getByRole('link', { name: newest.orgName })).toHaveAttribute('href', `/accounts/${newest.id}`);
    // Other tenants' accounts are not listed.
    expect(state.accounts.filter((a) => a.tenantId === newest.tenantId)).toHaveLength(200);
  });

  it('searches by a user email after typing pauses, and says when nothing matches', async () => {
    const user = userEvent.setup();
    const sent = recordFilters();
    const { table, router } = await openAccounts();
    const target = state.accounts[42]!;
    const email = state.accountUsers.find((u) => u.accountId === target.id)!.email;

    await user.type(screen.getByRole('textbox', { name: 'Search accounts' }), email);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: email }));
    await waitFor(() => expect(orgNames(table)).toEqual([target.orgName]));
    expect(screen.getByText('1 total')).toBeInTheDocument();
    // Debounced: one request for the whole text, not one per keystroke.
    expect(sent.filter((filter) => (filter as { search: string | null }).search !== null)).toEqual([{ search: email, states: null, plan: null }]);

    await fill(user, screen.getByRole('textbox', { name: 'Search accounts' }), 'no such organization');
    expect(await within(table).findByText('No account matches the filters.')).toBeInTheDocument();
  });

  it('filters by state chips, in the URL and the API filter', async () => {
    const user = userEvent.setup();
    const sent = recordFilters();
    const { table, router } = await openAccounts();
    const suspended = state.accounts.filter((a) => a.state === 'SUSPENDED');
    expect(suspended.length).toBeGreaterThan(0);

    await user.click(screen.getByRole('checkbox', { name: 'Suspended' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['SUSPENDED'] }));
    await waitFor(() => expect(screen.getByText(`${suspended.length} total`)).toBeInTheDocument());
    const badges = within(table).getAllByTestId('account-state').map((badge) => badge.textContent);
    expect(new Set(badges)).toEqual(new Set(['Suspended']));
    expect(sent.at(-1)).toEqual({ search: null, states: ['SUSPENDED'], plan: null });

    await user.click(screen.getByRole('checkbox', { name: 'Pending' }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ search: null, states: ['PENDING', 'SUSPENDED'], plan: null }));
    const pendingOrSuspended = state.accounts.filter((a) => a.state === 'SUSPENDED' || a.state === 'PENDING').length;
    await waitFor(() => expect(screen.getByText(`${pendingOrSuspended} total`)).toBeInTheDocument());
  });

  it('filters by account plan', async () => {
    const user = userEvent.setup();
    const sent = recordFilters();
    const acme = state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
    const gold = createPlan({ tenantId: acme.id, kind: 'ACCOUNT', name: 'Gold', state: 'PUBLISHED' });
    state.plans.push(gold);
    state.accounts.find((a) => a.orgName === 'Jade Studio')!.planId = gold.id;
    const { table, router } = await openAccounts();

    await user.click(screen.getByRole('combobox', { name: 'Plan' }));
    // Mantine's dropdown is still in its opening transition (hidden) as jsdom sees it.
    await user.click(await screen.findByRole('option', { name: 'Gold', hidden: true }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ plan: gold.id }));
    await waitFor(() => expect(orgNames(table)).toEqual(['Jade Studio']));
    expect(within(table).getAllByRole('row')[1]).toHaveTextContent('Gold');
    expect(sent.at(-1)).toEqual({ search: null, states: null, plan: gold.id });
  });

  it('sorts by organization name and by state from the column headers', async () => {
    const user = userEvent.setup();
    const { table, router } = await openAccounts('/accounts?size=10');
    await user.click(within(table).getByRole('button', { name: /Organization/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'ORG_NAME:ASC' }));
    const byName = state.accounts.map((a) => a.orgName).sort((a, b) => a.localeCompare(b)).slice(0, 10);
    await waitFor(() => expect(orgNames(table)).toEqual(byName));

    await user.click(within(table).getByRole('button', { name: /State/ }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ sort: 'STATE:ASC' }));
  });

  it('creates an account on the default plan with field values, and opens it', async () => {
    const user = userEvent.setup();
    const { router } = await openAccounts();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create account' });
    await within(dialog).findByRole('textbox', { name: 'VAT rate (%)' });
    // The default plan is chosen; the username is derived from the email unless given.
    expect(within(dialog).getByRole('combobox', { name: 'Account plan' })).toHaveValue('Default (default)');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Organization name' }), 'Initech');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Admin email' }), 'peter@initech.test');
    expect(within(dialog).getByTestId('username-preview')).toHaveTextContent('Leave empty to use “peter”');
    await fill(user, within(dialog).getByRole('textbox', { name: 'VAT rate (%)' }), '7.5');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Country' }), 'US');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    await waitFor(() => expect(router.state.location.pathname).toMatch(/^\/accounts\/.+/));
    expect(await screen.findByRole('heading', { name: 'Initech' })).toBeInTheDocument();
    const created = state.accounts.find((a) => a.orgName === 'Initech')!;
    expect(created).toMatchObject({ state: 'APPROVED', values: { vat_rate: '7.5', country: 'US' } });
    expect(state.accountUsers.find((u) => u.accountId === created.id)).toMatchObject({ email: 'peter@initech.test', username: 'peter', role: 'ADMIN' });
    expect(await screen.findByText('Account created')).toBeInTheDocument();
  });

  it("shows the server's TAKEN error at the email input, and keeps the form", async () => {
    const user = userEvent.setup();
    await openAccounts();
    const taken = state.accountUsers[0]!.email;
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create account' });
    await fill(user, await within(dialog).findByRole('textbox', { name: 'Organization name' }), 'Copycat');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Admin email' }), taken.toUpperCase());
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));

    const email = within(dialog).getByRole('textbox', { name: 'Admin email' });
    await waitFor(() => expect(email).toHaveAttribute('aria-invalid', 'true'));
    expect(email).toHaveAccessibleDescription('Another developer user of this tenant has this email.');
    expect(within(dialog).getByRole('textbox', { name: 'Organization name' })).toHaveValue('Copycat');
    expect(state.accounts.some((a) => a.orgName === 'Copycat')).toBe(false);
  });

  it('puts a field value error the server returns on that field, by its place in the list sent', async () => {
    const user = userEvent.setup();
    server.use(
      graphql.mutation('CreateAccount', ({ variables }) => {
        const fields = (variables.input as { fields: { name: string }[] }).fields;
        const index = fields.findIndex((f) => f.name === 'country');
        return HttpResponse.json({
          data: {
            createAccount: {
              __typename: 'CreateAccountPayload',
              account: null,
              user: null,
              userErrors: [{ __typename: 'AccountUserError', field: ['input', 'fields', String(index)], code: 'INVALID', message: 'Country: Choose one of: ES, US.' }],
            },
          },
        });
      }),
    );
    await openAccounts();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create account' });
    await fill(user, await within(dialog).findByRole('textbox', { name: 'Organization name' }), 'Globex');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Admin email' }), 'hank@globex.test');
    await fill(user, within(dialog).getByRole('textbox', { name: 'City' }), 'Cypress Creek');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Country' }), 'XX');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    await waitFor(() => expect(within(dialog).getByRole('textbox', { name: 'Country' })).toHaveAccessibleDescription('Country: Choose one of: ES, US.'));
    expect(within(dialog).getByRole('textbox', { name: 'City' })).not.toHaveAttribute('aria-invalid', 'true');
  });

  it('checks names, emails, usernames and VAT rates with the shared rules before sending', async () => {
    const user = userEvent.setup();
    await openAccounts();
    await user.click(screen.getByRole('button', { name: 'Create account' }));
    const dialog = await screen.findByRole('dialog', { name: 'Create account' });
    await fill(user, await within(dialog).findByRole('textbox', { name: 'Admin email' }), 'not-an-email');
    await fill(user, within(dialog).getByRole('textbox', { name: 'Username' }), 'has space');
    await fill(user, within(dialog).getByRole('textbox', { name: 'VAT rate (%)' }), '120');
    await user.click(within(dialog).getByRole('button', { name: 'Create account' }));
    expect(await within(dialog).findByText('Give the organization a name')).toBeInTheDocument();
    expect(within(dialog).getByText('Enter an email address')).toBeInTheDocument();
    expect(field('Username')).toHaveAccessibleDescription(/Use 3–40 letters, digits/);
    expect(within(dialog).getByText(/Give a percentage from 0 to 100/)).toBeInTheDocument();
  });
});

/** The jobs a test enqueued, not the seed's. */
let seedJobIds: string[] = [];
beforeEach(() => {
  seedJobIds = state.jobs.map((job) => job.id);
});
const jobsSinceSeed = () => state.jobs.filter((job) => !seedJobIds.includes(job.id));

/** The input of each RunBulkAccountOperation sent, passed on to the mock. */
function recordBulkInputs() {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.mutation('RunBulkAccountOperation', ({ variables }) => {
      sent.push(variables['input'] as Record<string, unknown>);
      return undefined;
    }),
  );
  return sent;
}

describe('accounts page: bulk operations', () => {
  it('approves picked accounts by id and lists each one that failed, with its code and why', async () => {
    const user = userEvent.setup();
    const sent = recordBulkInputs();
    const { table } = await openAccounts();
    const shown = orgNames(table).map((org) => state.accounts.find((a) => a.orgName === org)!);
    const pending = shown.find((a) => a.state === 'PENDING')!;
    const approved = shown.find((a) => a.state === 'APPROVED')!;
    for (const account of [pending, approved]) await user.click(within(table).getByRole('checkbox', { name: `Select ${account.orgName}` }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Change state' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change state' });
    expect(within(dialog).getByRole('radio', { name: 'Approve' })).toBeChecked();
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent('Approve the 2 accounts selected?');
    await user.click(within(dialog).getByRole('button', { name: 'Approve 2 accounts' }));

    const result = await screen.findByRole('region', { name: 'Bulk operation result' });
    expect(result).toHaveTextContent('Approve: 1 account approved, 1 failed');
    const failures = within(within(result).getByRole('table', { name: 'Failures' })).getAllByRole('row').slice(1);
    expect(failures.map(cellsOf)).toEqual([[approved.orgName, 'INVALID_STATE', 'The account is approved; it can be approved only when created, pending, rejected.']]);
    expect(sent).toEqual([{ ids: expect.arrayContaining([pending.id, approved.id]), operation: 'APPROVE' }]);
    expect(state.accounts.find((a) => a.id === pending.id)!.state).toBe('APPROVED');
    // By ids: answered at once, no job.
    expect(jobsSinceSeed()).toEqual([]);
    // The selection is done with; the listing shows the new states.
    expect(screen.queryByRole('region', { name: 'Bulk actions' })).not.toBeInTheDocument();
    await user.click(within(result).getByRole('button', { name: 'Dismiss the result' }));
    await waitFor(() => expect(screen.queryByRole('region', { name: 'Bulk operation result' })).not.toBeInTheDocument());
  });

  it('emails every account the filter matches but the unticked one, as a job with its progress and result', async () => {
    const user = userEvent.setup();
    const sent = recordBulkInputs();
    holdMockJobs();
    const { table } = await openAccounts('/accounts?size=10');
    const unticked = orgNames(table)[0]!;
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(await screen.findByRole('button', { name: 'Select all 200 matching' }));
    await user.click(within(table).getByRole('checkbox', { name: `Select ${unticked}` }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('199 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Send email' }));
    const dialog = await screen.findByRole('dialog', { name: 'Send email' });
    // Both are needed before anything is sent.
    await user.click(within(dialog).getByRole('button', { name: 'Send to 199 accounts' }));
    expect(await within(dialog).findByText('Give the email a subject')).toBeInTheDocument();
    await user.type(within(dialog).getByRole('textbox', { name: 'Subject' }), 'Maintenance');
    await user.type(within(dialog).getByRole('textbox', { name: 'Message' }), 'We upgrade on Sunday.');
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent('Send this email to all 199 accounts the filter matches (1 unticked left out)?');
    await user.click(within(dialog).getByRole('button', { name: 'Send to 199 accounts' }));

    await waitFor(() => expect(activeMockJob()).toBeDefined());
    const excepted = state.accounts.find((a) => a.orgName === unticked)!;
    expect(sent).toEqual([
      { filter: { search: null, states: null, plan: null }, exceptIds: [excepted.id], operation: 'SEND_EMAIL', subject: 'Maintenance', body: 'We upgrade on Sunday.' },
    ]);
    expect(runMockJobChunk()).toMatchObject({ status: 'RUNNING', processed: 100, total: 199 });
    const progress = await within(dialog).findByRole('status', { name: 'Progress' }, { timeout: 5_000 });
    await waitFor(() => expect(progress).toHaveTextContent('100 of 199 accounts processed'), { timeout: 5_000 });
    expect(runMockJobChunk()).toMatchObject({ status: 'SUCCEEDED', processed: 199, succeeded: 199 });

    const result = await screen.findByRole('region', { name: 'Bulk operation result' }, { timeout: 5_000 });
    expect(result).toHaveTextContent('Send email: 199 accounts emailed');
    expect(result).toHaveTextContent('Ran as a job on the 199 accounts the filter matched.');
    await waitFor(() => expect(screen.queryByRole('dialog')).not.toBeInTheDocument());
    expect(jobsSinceSeed()).toMatchObject([{ kind: 'accounts.bulkOperation', status: 'SUCCEEDED', succeeded: 199, failed: 0 }]);
    const inboxOf = (id: string) => state.accountMessages.filter((m) => m.accountId === id && m.subject === 'Maintenance');
    expect(inboxOf(excepted.id)).toHaveLength(0);
    expect(inboxOf(state.accounts.find((a) => a.id !== excepted.id && a.tenantId === excepted.tenantId)!.id)).toHaveLength(1);
  });

  it('moves picked accounts to another account plan', async () => {
    const user = userEvent.setup();
    const acme = state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
    const gold = createPlan({ tenantId: acme.id, kind: 'ACCOUNT', name: 'Gold', state: 'PUBLISHED' });
    state.plans.push(gold);
    const { table } = await openAccounts();
    const [first, second] = orgNames(table) as [string, string];
    await user.click(within(table).getByRole('checkbox', { name: `Select ${first}` }));
    await user.click(within(table).getByRole('checkbox', { name: `Select ${second}` }));
    await user.click(screen.getByRole('button', { name: 'Change plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
    const select = within(dialog).getByRole('combobox', { name: 'Account plan' });
    await user.click(select);
    // The listing's plan filter has a Gold option too: this select's own list.
    const options = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '')!);
    await user.click(within(options).getByRole('option', { name: 'Gold', hidden: true }));
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent('Move the 2 accounts selected to Gold?');
    await user.click(within(dialog).getByRole('button', { name: 'Move 2 accounts' }));
    const result = await screen.findByRole('region', { name: 'Bulk operation result' });
    expect(result).toHaveTextContent('Change plan to Gold: 2 accounts moved');
    for (const org of [first, second]) expect(state.accounts.find((a) => a.orgName === org)!.planId).toBe(gold.id);
    await waitFor(() => expect(within(table).getAllByRole('row').slice(1, 3).map((row) => cellsOf(row)[4])).toEqual(['Gold', 'Gold']));
  });
});
