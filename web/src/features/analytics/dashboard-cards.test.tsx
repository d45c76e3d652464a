import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { server } from '../../mocks/server';
import { demo } from '../../mocks/store';
import { renderApp, signInAs } from '../../testing/render-app';
import { todaySoFar } from './dashboard-cards';
import { acmeApplication, acmeProduct, fakeAlertsApi, metricOf, metricView, usageSeriesPayload } from './analytics-test-data';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

function answerDashboard() {
  const echo = acmeProduct('Echo API');
  const { application, account } = acmeApplication();
  const traffic: Record<string, unknown>[] = [];
  server.use(
    graphql.query('DashboardSignups', () =>
      HttpResponse.json({
        data: { signups: { __typename: 'SignupsPayload', series: { __typename: 'SignupSeries', total: 12, previousTotal: 8 }, userErrors: [] } },
      }),
    ),
    graphql.query('UsageSeries', ({ variables }) => {
      traffic.push(variables);
      const product = (variables['target'] as { service: string }).service;
      const hits = metricView(metricOf(product, 'hits'));
      return HttpResponse.json({
        data: {
          usageSeries:
            product === echo.id
              ? usageSeriesPayload({ metric: hits, granularity: 'HOUR', points: [{ start: '2026-05-17T00:00:00.000Z', value: '120' }], previousTotal: '100', changePercent: 20 })
              : usageSeriesPayload({ metric: hits, granularity: 'HOUR', points: [] }),
        },
      });
    }),
    graphql.query('DashboardPotentialUpgrades', () =>
      HttpResponse.json({
        data: {
          potentialUpgrades: [
            {
              __typename: 'PotentialUpgrade',
              application: {
                __typename: 'Application',
                id: application.id,
                name: application.name,
                account: { __typename: 'Account', id: account.id, orgName: account.orgName },
                plan: { __typename: 'Plan', id: application.planId, name: 'Basic' },
              },
              limit: {
                __typename: 'LimitUtilization',
                metric: { __typename: 'Metric', id: metricOf(echo.id, 'hits').id, friendlyName: 'Hits', systemName: 'hits' },
                period: 'DAY',
                max: '10',
                current: '9',
                percent: 90,
                periodStart: '2026-05-17T00:00:00.000Z',
                resetAt: '2026-05-18T00:00:00.000Z',
              },
            },
          ],
        },
      }),
    ),
  );
  return { traffic, echo, application, account };
}

async function openDashboard() {
  signInAs(demo.acmeEmail);
  const app = await renderApp('/');
  await screen.findByRole('heading', { name: 'Dashboard' });
  return app;
}

describe('the dashboard’s analytics cards', () => {
  it('show the signups against the 30 days before, and each product’s hits today against yesterday until the same hour', async () => {
    const { traffic, echo } = answerDashboard();
    fakeAlertsApi();
    await openDashboard();

    const signups = await screen.findByRole('region', { name: 'Signups' }, { timeout: 10_000 });
    expect(await within(signups).findByTestId('signups-total')).toHaveTextContent('12');
    expect(signups).toHaveTextContent('+50 %');
    expect(within(signups).getByTestId('signups-previous')).toHaveTextContent('against 8 in the 30 days before');

    const table = await screen.findByRole('table', { name: 'Hits today by product' });
    await waitFor(() => expect(rowsOf(table).map(cellsOf)).toContainEqual(['Echo API', '120', '100', '+20 %']));
    expect(rowsOf(table).map(cellsOf)).toContainEqual(['Email API', '0', '0', 'none before']);
    expect(within(table).getByRole('link', { name: 'Echo API' })).toHaveAttribute('href', expect.stringContaining(`/analytics?product=${echo.id}`));
    const now = new Date();
    const midnight = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate())).toISOString();
    const request = traffic.find((v) => (v['target'] as { service: string }).service === echo.id)!;
    expect(request).toMatchObject({ metric: metricOf(echo.id, 'hits').id, range: { since: midnight }, granularity: 'HOUR', timeZone: 'UTC' });
    const until = new Date((request['range'] as { until: string }).until);
    expect(until.getTime()).toBeGreaterThan(now.getTime() - 60_000);
    expect(until.getUTCMinutes()).toBe(0);
  });

  it("count today from the organization's midnight, whatever its offset, up to the end of the current hour", () => {
    const now = new Date('2026-03-29T10:20:00Z');
    expect(todaySoFar(now, 'UTC')).toEqual({ since: '2026-03-29T00:00:00.000Z', until: '2026-03-29T11:00:00.000Z' });
    // Madrid moved to summer time that night: its midnight was still 23:00 UTC.
    expect(todaySoFar(now, 'Europe/Madrid')).toEqual({ since: '2026-03-28T23:00:00.000Z', until: '2026-03-29T11:00:00.000Z' });
    expect(todaySoFar(now, 'Asia/Kolkata')).toEqual({ since: '2026-03-28T18:30:00.000Z', until: '2026-03-29T11:00:00.000Z' });
    expect(todaySoFar(now, 'America/Los_Angeles')).toEqual({ since: '2026-03-29T07:00:00.000Z', until: '2026-03-29T11:00:00.000Z' });
  });

  it('list the potential upgrades with links to their applications', async () => {
    const { application, account } = answerDashboard();
    fakeAlertsApi();
    await openDashboard();
    const list = await screen.findByRole('list', { name: 'Potential upgrades' }, { timeout: 10_000 });
    const [item] = within(list).getAllByRole('listitem');
    expect(within(item!).getByRole('link', { name: application.name })).toHaveAttribute('href', `/applications/${application.id}`);
    expect(item).toHaveTextContent('90 %');
    expect(item).toHaveTextContent(`${account.orgName} · Basic · 9 of 10 hits per day`);
  });

  it('list the latest unread usage alerts, and mark one read', async () => {
    const user = userEvent.setup();
    answerDashboard();
    const { sent, alerts, application } = fakeAlertsApi();
    await openDashboard();
    const list = await screen.findByRole('list', { name: 'Unread usage alerts' }, { timeout: 10_000 });
    expect(within(list).getAllByRole('listitem')).toHaveLength(2);
    const card = screen.getByRole('region', { name: 'Usage alerts' });
    expect(card).toHaveTextContent('2 unread alerts');
    expect(within(card).getByRole('link', { name: 'See all' })).toHaveAttribute('href', '/alerts');

    await user.click(within(list).getByRole('button', { name: `Mark read: “${application.name}” reached 100 % of its hits limit per day: 1,000 of 1,000.` }));
    await waitFor(() => expect(within(list).getAllByRole('listitem')).toHaveLength(1));
    expect(sent.markRead).toEqual([{ ids: [alerts[0]!.id], read: true }]);
    expect(card).toHaveTextContent('1 unread alert');
  });
});
