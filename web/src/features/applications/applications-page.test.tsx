import { beforeEach, describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql } from 'msw';
import { renderApp, signInAs } from '../../testing/render-app';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { activeMockJob, holdMockJobs, runMockJobChunk } from '../../testing/mock-jobs';

const acmeId = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id;
const acmeApplications = () => state.applications.filter((a) => a.tenantId === acmeId());
const serviceNamed = (name: string) => state.services.find((s) => s.tenantId === acmeId() && s.name === name)!;
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((cell) => cell.textContent);

/** The application names in the table, in order. */
const names = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .map((row) => row.querySelector('td a')?.textContent);

/** Each row of the table with the application it shows (by its link: names repeat across accounts). */
const rowsWithApps = (table: HTMLElement) =>
  within(table)
    .getAllByRole('row')
    .slice(1)
    .filter((row) => row.querySelector('td a'))
    .map((row) => {
      const id = row.querySelector('td a')!.getAttribute('href')!.replace('/applications/', '');
      return { row, app: state.applications.find((a) => a.id === id)! };
    });

/** Replaces an input's text at once (typing it key by key is slow in jsdom, and not what these tests are about). */
async function fill(user: ReturnType<typeof userEvent.setup>, input: HTMLElement, text: string) {
  await user.clear(input);
  await user.click(input);
  await user.paste(text);
}

async function openApplications(path = '/applications') {
  signInAs(demo.acmeEmail);
  const app = await renderApp(path);
  // The page's code loads when it is opened: the first time, that takes a while.
  const table = await screen.findByRole('table', { name: 'Applications' }, { timeout: 10_000 });
  await waitFor(() => expect(names(table).length).toBeGreaterThan(0));
  return { ...app, table };
}

/** The variables each operation named `name` sent, passed on to the mock. */
function recordVariables(kind: 'query' | 'mutation', name: string) {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql[kind](name, ({ variables }) => {
      sent.push(variables);
      return undefined;
    }),
  );
  return sent;
}

/** A select's own option list (another select on the page may offer the same words). */
async function pickOption(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, name: string | RegExp) {
  await user.click(select);
  const list = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '')!);
  await user.click(within(list).getByRole('option', { name, hidden: true }));
}

let seedJobIds: string[] = [];
beforeEach(() => {
  seedJobIds = state.jobs.map((job) => job.id);
});
const jobsSinceSeed = () => state.jobs.filter((job) => !seedJobIds.includes(job.id));

describe('applications page', () => {
  it("lists the tenant's applications newest first: state, account, product, plan, paid, created and traffic", async () => {
    const { table } = await openApplications();
    expect(screen.getByText(`${acmeApplications().length} total`)).toBeInTheDocument();
    const newest = rowsWithApps(table)[0]!.app;
    expect(newest.createdAt).toBe([...acmeApplications()].map((a) => a.createdAt).sort().at(-1));
    const account = state.accounts.find((a) => a.id === newest.accountId)!;
    const service = state.services.find((s) => s.id === newest.serviceId)!;
    const plan = state.plans.find((p) => p.id === newest.planId)!;
    const row = within(table).getAllByRole('row')[1]!;
    expect(cellsOf(row)).toEqual([
      '',
      newest.name,
      { PENDING: 'Pending', LIVE: 'Live', SUSPENDED: 'Suspended' }[newest.state],
      account.orgName,
      service.name,
      plan.name,
      expect.stringMatching(/^(Paid|Free)$/),
      expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/),
      // The demo's traffic history reaches some of the newest applications.
      newest.lastTrafficAt ? expect.stringMatching(/^\d{4}-\d\d-\d\d \d\d:\d\d$/) : '—',
    ]);
    expect(within(row).getByRole('link', { name: newest.name })).toHaveAttribute('href', `/applications/${newest.id}`);
    expect(within(row).getByRole('link', { name: account.orgName })).toHaveAttribute('href', `/accounts/${account.id}`);
  });

  it('finds an application by its exact user key', async () => {
    const user = userEvent.setup();
    const { table, router } = await openApplications();
    const target = acmeApplications()[7]!;
    await fill(user, screen.getByRole('textbox', { name: 'Search by name or key' }), target.userKey);
    await waitFor(() => expect(router.state.location.search).toMatchObject({ q: target.userKey }));
    await waitFor(() => expect(names(table)).toEqual([target.name]));
    expect(screen.getByText('1 total')).toBeInTheDocument();
  });

  it('filters by state, product and paid, in the URL and the API filter', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('query', 'Applications');
    const { table, router } = await openApplications();
    await user.click(within(screen.getByRole('group', { name: 'State' })).getByRole('checkbox', { name: 'Suspended' }));
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['SUSPENDED'] }));
    const echo = serviceNamed('Echo API');
    await pickOption(user, screen.getByRole('combobox', { name: 'Product' }), 'Echo API');
    await pickOption(user, screen.getByRole('combobox', { name: 'Paid?' }), 'Free');
    await waitFor(() => expect(router.state.location.search).toMatchObject({ states: ['SUSPENDED'], product: echo.id, paid: false }));
    await waitFor(() => expect(sent.at(-1)?.['filter']).toEqual({ search: null, states: ['SUSPENDED'], service: echo.id, paid: false, account: null }));
    await waitFor(() => expect(rowsWithApps(table).every(({ app }) => app.state === 'SUSPENDED' && app.serviceId === echo.id)).toBe(true));
    for (const { row } of rowsWithApps(table)) expect(cellsOf(row)[6]).toBe('Free');
  });

  it('suspends picked applications by id and lists the one that could not be, with its code and why', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'RunBulkApplicationOperation');
    const { table } = await openApplications();
    const shown = rowsWithApps(table);
    const live = shown.find(({ app }) => app.state === 'LIVE')!;
    const notLive = shown.find(({ app }) => app.state !== 'LIVE')!;
    await user.click(within(live.row).getByRole('checkbox', { name: `Select ${live.app.name}` }));
    await user.click(within(notLive.row).getByRole('checkbox', { name: `Select ${notLive.app.name}` }));
    const bar = screen.getByRole('region', { name: 'Bulk actions' });
    expect(within(bar).getByText('2 selected')).toBeInTheDocument();
    await user.click(within(bar).getByRole('button', { name: 'Change state' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change state' });
    await user.click(within(dialog).getByRole('radio', { name: 'Suspend' }));
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent('Suspend the 2 applications selected?');
    await user.click(within(dialog).getByRole('button', { name: 'Suspend 2 applications' }));

    const result = await screen.findByRole('region', { name: 'Bulk operation result' });
    expect(result).toHaveTextContent('Suspend: 1 application suspended, 1 failed');
    const failures = within(within(result).getByRole('table', { name: 'Failures' })).getAllByRole('row').slice(1);
    expect(failures.map(cellsOf)).toEqual([[notLive.app.name, 'INVALID_STATE', expect.stringMatching(/^The application is (pending|suspended); it can be suspended only when live\.$/)]]);
    expect(sent).toEqual([{ input: { ids: expect.arrayContaining([live.app.id, notLive.app.id]), operation: 'SUSPEND' } }]);
    expect(state.applications.find((a) => a.id === live.app.id)!.state).toBe('SUSPENDED');
    expect(jobsSinceSeed()).toEqual([]);
  });

  it('accepts every pending application the filter matches but the unticked one, as a job with its progress', async () => {
    const user = userEvent.setup();
    const sent = recordVariables('mutation', 'RunBulkApplicationOperation');
    holdMockJobs();
    // More than a chunk of the mock's worker (100), to see the job half done.
    for (const app of acmeApplications().slice(0, 150)) app.state = 'PENDING';
    const pending = acmeApplications().filter((a) => a.state === 'PENDING');
    expect(pending.length).toBeGreaterThan(150);
    const { table } = await openApplications('/applications?states=PENDING&size=10');
    await waitFor(() => expect(screen.getByText(`${pending.length} total`)).toBeInTheDocument());
    await waitFor(() => expect(rowsWithApps(table).every(({ app }) => app.state === 'PENDING')).toBe(true));
    const { row: untickedRow, app: unticked } = rowsWithApps(table)[0]!;
    await user.click(within(table).getByRole('checkbox', { name: 'Select all rows on this page' }));
    await user.click(await screen.findByRole('button', { name: `Select all ${pending.length} matching` }));
    await user.click(within(untickedRow).getByRole('checkbox'));
    const count = pending.length - 1;
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Change state' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change state' });
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent(`Accept all ${count} applications the filter matches (1 unticked left out)?`);
    await user.click(within(dialog).getByRole('button', { name: `Accept ${count} applications` }));

    await waitFor(() => expect(activeMockJob()).toBeDefined());
    expect(sent).toEqual([
      {
        input: { filter: { search: null, states: ['PENDING'], service: null, paid: null, account: null }, exceptIds: [unticked.id], operation: 'ACCEPT' },
      },
    ]);
    // The mock's worker runs a chunk at a time: the dialog follows it.
    expect(runMockJobChunk()).toMatchObject({ status: 'RUNNING', processed: 100, total: count });
    const progress = await within(dialog).findByRole('status', { name: 'Progress' }, { timeout: 5_000 });
    await waitFor(() => expect(progress).toHaveTextContent(`100 of ${count} applications processed`), { timeout: 5_000 });
    while (activeMockJob()) runMockJobChunk();

    const result = await screen.findByRole('region', { name: 'Bulk operation result' }, { timeout: 5_000 });
    expect(result).toHaveTextContent(`Accept: ${count} applications accepted`);
    expect(jobsSinceSeed()).toMatchObject([{ kind: 'applications.bulkOperation', status: 'SUCCEEDED', succeeded: count }]);
    expect(state.applications.filter((a) => a.tenantId === acmeId() && a.state === 'PENDING').map((a) => a.id)).toEqual([unticked.id]);
    await waitFor(() => expect(screen.getByText('1 total')).toBeInTheDocument());
  });

  it('moves picked applications to a plan chosen from a list grouped by product; others fail with WRONG_PLAN', async () => {
    const user = userEvent.setup();
    const echo = serviceNamed('Echo API');
    const unlimited = state.plans.find((p) => p.serviceId === echo.id && p.kind === 'APPLICATION' && p.name === 'Unlimited')!;
    const { table } = await openApplications();
    const rows = rowsWithApps(table);
    const onEcho = rows.find(({ app }) => app.serviceId === echo.id && app.planId !== unlimited.id)!;
    const elsewhere = rows.find(({ app }) => app.serviceId !== echo.id)!;
    for (const { row } of [onEcho, elsewhere]) await user.click(within(row).getByRole('checkbox'));
    await user.click(within(screen.getByRole('region', { name: 'Bulk actions' })).getByRole('button', { name: 'Change plan' }));
    const dialog = await screen.findByRole('dialog', { name: 'Change plan' });
    const select = within(dialog).getByRole('combobox', { name: 'Application plan' });
    await user.click(select);
    const list = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '')!);
    // Grouped by product.
    expect(within(list).getByText('Echo API')).toBeInTheDocument();
    expect(within(list).getByText('Email API')).toBeInTheDocument();
    await user.click(within(list).getByRole('option', { name: 'Echo API · Unlimited', hidden: true }));
    expect(within(dialog).getByTestId('bulk-confirmation')).toHaveTextContent('Move the 2 applications selected to Echo API · Unlimited?');
    await user.click(within(dialog).getByRole('button', { name: 'Move 2 applications' }));

    const result = await screen.findByRole('region', { name: 'Bulk operation result' });
    expect(result).toHaveTextContent('Change plan to Echo API · Unlimited: 1 application moved, 1 failed');
    const failure = within(within(result).getByRole('table', { name: 'Failures' })).getAllByRole('row')[1]!;
    expect(cellsOf(failure).slice(0, 2)).toEqual([elsewhere.app.name, 'WRONG_PLAN']);
    expect(state.applications.find((a) => a.id === onEcho.app.id)!.planId).toBe(unlimited.id);
    expect(state.applications.find((a) => a.id === elsewhere.app.id)!.planId).not.toBe(unlimited.id);
  });
});
