import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { formatDate } from '../../components/ui/format-date';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { captureCsvDownload } from '../../testing/capture-download';
import { renderApp, signInAs } from '../../testing/render-app';
import { userError } from './analytics-test-data';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

function acmeAccounts() {
  const acme = state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
  const [never, stopped, growing, fresh] = state.accounts.filter((a) => a.tenantId === acme.id);
  if (!never || !stopped || !growing || !fresh) throw new Error('The mock seed has fewer than 4 Acme accounts');
  return { never, stopped, growing, fresh };
}

const entry = (account: { id: string; orgName: string } | null, signedUpAt: string, firstHalf: string, secondHalf: string, growthPercent: number | null = null) => ({
  __typename: 'EngagementAccount',
  account: account && { __typename: 'Account', id: account.id, orgName: account.orgName },
  signedUpAt,
  firstHalf,
  secondHalf,
  growthPercent,
});

function answerReport() {
  const { never, stopped, growing, fresh } = acmeAccounts();
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.query('EngagementReport', ({ variables }) => {
      sent.push(variables);
      return HttpResponse.json({
        data: {
          engagementReport: {
            __typename: 'EngagementReportPayload',
            report: {
              __typename: 'EngagementReport',
              since: '2026-04-17T10:00:00.000Z',
              middle: '2026-05-02T00:00:00.000Z',
              until: '2026-05-17T10:00:00.000Z',
              signups: 5,
              neverUsed: [entry(never, '2026-05-10T09:00:00.000Z', '0', '0'), entry(null, '2026-05-11T09:00:00.000Z', '0', '0')],
              stopped: [entry(stopped, '2026-04-20T09:00:00.000Z', '40', '0')],
              active: [entry(fresh, '2026-05-15T09:00:00.000Z', '0', '7'), entry(growing, '2026-04-19T09:00:00.000Z', '10', '25', 150)],
            },
            userErrors: [],
          },
        },
      });
    }),
  );
  return { sent, never, stopped, growing, fresh };
}

async function openReport(search = '') {
  signInAs(demo.acmeEmail);
  const app = await renderApp(`/analytics/engagement${search}`);
  await screen.findByRole('heading', { name: 'Engagement report' }, { timeout: 10_000 });
  return app;
}

describe('engagement report page', () => {
  it('sorts the last 30 days’ signups into never used, stopped and active with growth, each linking to its account', async () => {
    const { sent, never, stopped, growing, fresh } = answerReport();
    await openReport();

    const neverUsed = await screen.findByRole('table', { name: 'Never used accounts' });
    expect(rowsOf(neverUsed).map(cellsOf)).toEqual([
      [never.orgName, formatDate('2026-05-10T09:00:00.000Z'), '0', '0'],
      ['Deleted account', formatDate('2026-05-11T09:00:00.000Z'), '0', '0'],
    ]);
    expect(within(neverUsed).getByRole('link', { name: never.orgName })).toHaveAttribute('href', `/accounts/${never.id}`);
    const stoppedTable = screen.getByRole('table', { name: 'Stopped accounts' });
    expect(rowsOf(stoppedTable).map(cellsOf)).toEqual([[stopped.orgName, formatDate('2026-04-20T09:00:00.000Z'), '40', '0']]);
    expect(within(stoppedTable).getByRole('link', { name: stopped.orgName })).toHaveAttribute('href', `/accounts/${stopped.id}`);
    const active = screen.getByRole('table', { name: 'Active accounts' });
    expect(rowsOf(active).map(cellsOf)).toEqual([
      [fresh.orgName, formatDate('2026-05-15T09:00:00.000Z'), '0', '7', 'new'],
      [growing.orgName, formatDate('2026-04-19T09:00:00.000Z'), '10', '25', '+150 %'],
    ]);
    expect(within(active).getByRole('link', { name: growing.orgName })).toHaveAttribute('href', `/accounts/${growing.id}`);
    expect(screen.getByTestId('engagement-summary')).toHaveTextContent('5 accounts signed up');
    expect(sent).toEqual([{ days: 30, plan: null }]);
  });

  it('changes the window and the plan, keeping them in the URL', async () => {
    const user = userEvent.setup();
    const { sent } = answerReport();
    const { router } = await openReport();
    await screen.findByRole('table', { name: 'Active accounts' });

    const days = screen.getByRole('textbox', { name: 'Signed up in the last' });
    await user.clear(days);
    await user.type(days, '7');
    await waitFor(() => expect(sent.at(-1)).toEqual({ days: 7, plan: null }));
    expect(router.state.location.search).toMatchObject({ days: 7 });

    const plan = state.plans.find((p) => p.kind === 'ACCOUNT' && p.tenantId === state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.id)!;
    const select = screen.getByRole('combobox', { name: 'Plan' });
    await user.click(select);
    const list = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '')!);
    await user.click(within(list).getByRole('option', { name: plan.name, hidden: true }));
    await waitFor(() => expect(sent.at(-1)).toEqual({ days: 7, plan: plan.id }));
    expect(router.state.location.search).toMatchObject({ days: 7, plan: plan.id });
  });

  it('downloads the three cohorts as CSV', async () => {
    const user = userEvent.setup();
    const { never, stopped, growing, fresh } = answerReport();
    await openReport();
    await screen.findByRole('table', { name: 'Active accounts' });
    const csv = captureCsvDownload();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(csv.filename()).toBe('engagement-30-days-2026-05-17.csv');
    expect((await csv.text())?.split('\r\n')).toEqual([
      'cohort,account,account_id,signed_up_at,first_half_calls,second_half_calls,growth_percent',
      `never used,${never.orgName},${never.id},2026-05-10T09:00:00.000Z,0,0,`,
      'never used,,,2026-05-11T09:00:00.000Z,0,0,',
      `stopped,${stopped.orgName},${stopped.id},2026-04-20T09:00:00.000Z,40,0,`,
      `active,${fresh.orgName},${fresh.id},2026-05-15T09:00:00.000Z,0,7,`,
      `active,${growing.orgName},${growing.id},2026-04-19T09:00:00.000Z,10,25,150`,
      '',
    ]);
  });

  it('shows why the API refused the window', async () => {
    answerReport();
    server.use(
      graphql.query('EngagementReport', () =>
        HttpResponse.json({ data: { engagementReport: { __typename: 'EngagementReportPayload', report: null, userErrors: [userError('The plan is not one of yours.', 'NOT_FOUND')] } } }),
      ),
    );
    await openReport('?plan=UGxhbjpub3RoaW5n');
    expect(await screen.findByRole('alert')).toHaveTextContent('The plan is not one of yours.');
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
  });
});
