import { describe, expect, it } from 'vitest';
import { screen, within } from '@testing-library/react';
import { graphql, HttpResponse } from 'msw';
import { formatDate } from '../../components/ui/format-date';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { renderApp, signInAs } from '../../testing/render-app';
import { acmeApplication, metricOf, metricView, usageSeriesPayload } from './analytics-test-data';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

function answerUsage(utilization: unknown[]) {
  const { application, product } = acmeApplication();
  const hits = metricView(metricOf(product.id, 'hits'));
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.query('ApplicationUsage', () =>
      HttpResponse.json({
        data: {
          application: {
            __typename: 'Application',
            id: application.id,
            service: {
              __typename: 'Service',
              id: product.id,
              metrics: state.metrics.filter((m) => m.serviceId === product.id).map((m) => ({ __typename: 'Metric', id: m.id, builtin: m.systemName === 'hits' })),
            },
          },
          utilization,
        },
      }),
    ),
    graphql.query('UsageSeries', ({ variables }) => {
      sent.push(variables);
      return HttpResponse.json({
        data: {
          usageSeries: usageSeriesPayload({
            metric: hits,
            points: [
              { start: '2026-05-15T00:00:00.000Z', value: '120' },
              { start: '2026-05-16T00:00:00.000Z', value: '80' },
            ],
            previousTotal: '400',
            changePercent: -50,
          }),
        },
      });
    }),
  );
  return { application, sent };
}

const limit = (metric: { id: string; friendlyName: string; systemName: string }, fields: Record<string, unknown>) => ({
  __typename: 'LimitUtilization',
  metric: { __typename: 'Metric', id: metric.id, friendlyName: metric.friendlyName, systemName: metric.systemName },
  periodStart: '2026-05-17T00:00:00.000Z',
  ...fields,
});

async function openApplication(id: string, name: string) {
  signInAs(demo.acmeEmail);
  await renderApp(`/applications/${id}`);
  await screen.findByRole('heading', { name }, { timeout: 10_000 });
  // The section's code loads on its own after the page's: the first time, that takes a while.
  return screen.findByRole('region', { name: 'Usage' }, { timeout: 10_000 });
}

describe("an application's usage section", () => {
  it('shows its hits per UTC day over the last 30 days, and how much of each limit it has used', async () => {
    const { product } = acmeApplication();
    const hits = metricView(metricOf(product.id, 'hits'));
    const search = metricView(metricOf(product.id, 'search'));
    const { application, sent } = answerUsage([
      limit(hits, { period: 'DAY', max: '1000', current: '950', percent: 95, resetAt: '2026-05-18T00:00:00.000Z' }),
      limit(search, { period: 'MONTH', max: '0', current: '0', percent: null, resetAt: '2026-06-01T00:00:00.000Z' }),
      limit(hits, { period: 'ETERNITY', max: '100000', current: '1500', percent: 1.5, resetAt: null }),
    ]);
    const usage = await openApplication(application.id, application.name);

    const daily = await within(usage).findByRole('table', { name: 'Hits per day' });
    expect(rowsOf(daily).map(cellsOf)).toEqual([
      ['2026-05-15', '120'],
      ['2026-05-16', '80'],
    ]);
    expect(within(usage).getByTestId('series-total')).toHaveTextContent('200');
    expect(within(usage).getByTestId('series-change')).toHaveTextContent('−50 %');
    expect(sent.at(-1)).toEqual({ target: { application: application.id }, metric: hits.id, range: { preset: 'LAST_30_DAYS' }, granularity: 'DAY', timeZone: 'UTC' });

    const limits = within(usage).getByRole('table', { name: 'Current utilization' });
    expect(rowsOf(limits).map(cellsOf)).toEqual([
      ['Hits', 'Day', '950 / 1,000', '95 %', formatDate('2026-05-18T00:00:00.000Z')],
      ['Search', 'Month', '0 / 0', 'Disabled (limit 0)', formatDate('2026-06-01T00:00:00.000Z')],
      ['Hits', 'Eternity', '1,500 / 100,000', '1.5 %', 'Never (all time)'],
    ]);
    expect(within(limits).getByRole('progressbar', { name: 'Hits per day: 95 % used' })).toHaveAttribute('aria-valuenow', '95');
  });

  it('says so when the plan sets no limits and nothing was used', async () => {
    const { application } = answerUsage([]);
    server.use(
      graphql.query('UsageSeries', () => HttpResponse.json({ data: { usageSeries: usageSeriesPayload({ metric: metricView(metricOf(acmeApplication().product.id, 'hits')), points: [] }) } })),
    );
    const usage = await openApplication(application.id, application.name);
    expect(await within(usage).findByText('No data for the selected period')).toBeInTheDocument();
    expect(within(usage).getByText('Its plan sets no usage limits.')).toBeInTheDocument();
  });
});
