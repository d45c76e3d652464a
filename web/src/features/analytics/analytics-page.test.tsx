import { describe, expect, it } from 'vitest';
import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { graphql, HttpResponse } from 'msw';
import { server } from '../../mocks/server';
import { demo, state } from '../../mocks/store';
import { captureCsvDownload } from '../../testing/capture-download';
import { renderApp, signInAs } from '../../testing/render-app';
import { acmeApplication, acmeProduct, metricOf, metricView, refusedSeries, usageSeriesPayload, userError } from './analytics-test-data';

const rowsOf = (table: HTMLElement) => within(table).getAllByRole('row').slice(1);
const cellsOf = (row: HTMLElement) => within(row).getAllByRole('cell').map((c) => c.textContent);

/** Answers UsageSeries with `payload`, and records the variables of every request. */
function answerUsageSeries(payload: (variables: Record<string, unknown>) => unknown) {
  const sent: Record<string, unknown>[] = [];
  server.use(
    graphql.query('UsageSeries', ({ variables }) => {
      sent.push(variables);
      return HttpResponse.json({ data: { usageSeries: payload(variables) } });
    }),
  );
  return sent;
}

/** A select's own option list (another select on the page may offer the same words). */
async function pickOption(user: ReturnType<typeof userEvent.setup>, select: HTMLElement, name: string) {
  await user.click(select);
  const list = await waitFor(() => document.getElementById(select.getAttribute('aria-controls') ?? '')!);
  // Mantine's dropdown is still in its opening transition (hidden) as jsdom sees it.
  await user.click(within(list).getByRole('option', { name, hidden: true }));
}

async function openAnalytics(search: string) {
  signInAs(demo.acmeEmail);
  const app = await renderApp(`/analytics${search}`);
  await screen.findByRole('heading', { name: 'Usage analytics' }, { timeout: 10_000 });
  return app;
}

const echo = () => acmeProduct('Echo API');
const hits = () => metricView(metricOf(echo().id, 'hits'));

const threeDays = () => [
  { start: '2026-03-01T00:00:00.000Z', value: '1200' },
  { start: '2026-03-02T00:00:00.000Z', value: '0' },
  { start: '2026-03-03T00:00:00.000Z', value: '300' },
];

describe('usage analytics page', () => {
  it("uses the organization's time zone unless the URL names another, and keeps UTC in the URL when chosen", async () => {
    const user = userEvent.setup();
    state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!.timeZone = 'Asia/Tokyo';
    const sent = answerUsageSeries(() => usageSeriesPayload({ metric: hits(), timeZone: 'Asia/Tokyo', points: [] }));
    const app = await openAnalytics(`?product=${echo().id}`);
    const zone = await screen.findByRole('combobox', { name: 'Time zone' });
    expect(zone).toHaveValue('Asia/Tokyo');
    expect(zone).toHaveAccessibleDescription(/^Your organization's \(yours: /);
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ timeZone: 'Asia/Tokyo' }));
    await pickOption(user, zone, 'UTC');
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ timeZone: 'UTC' }));
    expect(app.router.state.location.search).toMatchObject({ tz: 'UTC' });
  });

  it("shows the product's hits over 30 days in UTC: total against the previous period, chart and a table of the points", async () => {
    const sent = answerUsageSeries(() => usageSeriesPayload({ metric: hits(), points: threeDays(), previousTotal: '1200', changePercent: 25 }));
    await openAnalytics(`?product=${echo().id}`);

    const table = await screen.findByRole('table', { name: 'Hits per day' });
    expect(rowsOf(table).map(cellsOf)).toEqual([
      ['2026-03-01', '1,200'],
      ['2026-03-02', '0'],
      ['2026-03-03', '300'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Start (UTC)' })).toBeInTheDocument();
    expect(screen.getByTestId('chart')).toBeInTheDocument();
    expect(screen.getByTestId('series-total')).toHaveTextContent('1,500');
    expect(screen.getByTestId('series-previous-total')).toHaveTextContent('1,200');
    expect(screen.getByTestId('series-change')).toHaveTextContent('+25 %');
    expect(screen.getByTestId('series-time-zone')).toHaveTextContent('UTC');
    // Hits by default, the 30-day preset with its daily buckets, in UTC.
    expect(sent.at(-1)).toEqual({ target: { service: echo().id }, metric: hits().id, range: { preset: 'LAST_30_DAYS' }, granularity: 'DAY', timeZone: 'UTC' });
    expect(screen.getByRole('combobox', { name: 'Metric or method' })).toHaveValue('Hits (hits)');
    expect(screen.getByRole('combobox', { name: 'Time zone' })).toHaveValue('UTC');

    // The table can be shown instead of the chart.
    const user = userEvent.setup();
    await user.click(screen.getByRole('radio', { name: 'Table' }));
    expect(screen.queryByTestId('chart')).not.toBeInTheDocument();
    expect(screen.getByRole('table', { name: 'Hits per day' })).toBeVisible();
  });

  it('asks for another range (with its own buckets) and metric from the pickers, and keeps them in the URL', async () => {
    const user = userEvent.setup();
    const sent = answerUsageSeries((variables) =>
      usageSeriesPayload({ metric: variables['metric'] === hits().id ? hits() : metricView(metricOf(echo().id, 'search')), points: threeDays() }),
    );
    const { router } = await openAnalytics(`?product=${echo().id}`);
    await screen.findByRole('table', { name: 'Hits per day' });

    await user.click(screen.getByRole('radio', { name: '24 hours' }));
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ range: { preset: 'LAST_24_HOURS' }, granularity: 'HOUR' }));
    expect(router.state.location.search).toMatchObject({ range: 'LAST_24_HOURS' });

    await pickOption(user, screen.getByRole('combobox', { name: 'Metric or method' }), 'Search (search)');
    await waitFor(() => expect(sent.at(-1)).toMatchObject({ metric: metricOf(echo().id, 'search').id, range: { preset: 'LAST_24_HOURS' } }));
    expect(router.state.location.search).toMatchObject({ metric: metricOf(echo().id, 'search').id });
  });

  it('says there is no data for the selected period, with nothing to download', async () => {
    answerUsageSeries(() => usageSeriesPayload({ metric: hits(), points: [] }));
    await openAnalytics(`?product=${echo().id}&range=LAST_7_DAYS`);
    expect(await screen.findByText('No data for the selected period')).toBeInTheDocument();
    expect(screen.queryByRole('table', { name: 'Hits per day' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Download CSV' })).toBeDisabled();
    expect(screen.getByTestId('series-total')).toHaveTextContent('0');
  });

  it("shows why the API refused the range (a user error), not an empty chart", async () => {
    const sent = answerUsageSeries(() => refusedSeries('An hourly series covers at most 90 days; choose a coarser granularity or a shorter range.'));
    await openAnalytics(`?product=${echo().id}&range=CUSTOM&from=2026-01-01&to=2026-04-30&granularity=HOUR`);
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This period cannot be shown');
    expect(alert).toHaveTextContent('An hourly series covers at most 90 days');
    expect(sent.at(-1)).toMatchObject({ range: { since: '2026-01-01T00:00:00.000Z', until: '2026-05-01T00:00:00.000Z' }, granularity: 'HOUR' });
    expect(screen.queryByText('No data for the selected period')).not.toBeInTheDocument();
  });

  it('downloads the points as CSV with their local start times and offsets in the chosen time zone', async () => {
    const user = userEvent.setup();
    // Madrid moves to summer time on 2026-03-29: local midnights are 23:00 UTC, then 22:00 UTC.
    const sent = answerUsageSeries(() =>
      usageSeriesPayload({
        metric: hits(),
        timeZone: 'Europe/Madrid',
        since: '2026-03-27T23:00:00.000Z',
        until: '2026-03-30T22:00:00.000Z',
        points: [
          { start: '2026-03-27T23:00:00.000Z', value: '24' },
          { start: '2026-03-28T23:00:00.000Z', value: '23' },
          { start: '2026-03-29T22:00:00.000Z', value: '24' },
        ],
      }),
    );
    await openAnalytics(`?product=${echo().id}&range=CUSTOM&from=2026-03-28&to=2026-03-30&tz=Europe/Madrid`);
    const table = await screen.findByRole('table', { name: 'Hits per day' });
    expect(rowsOf(table).map(cellsOf)).toEqual([
      ['2026-03-28', '24'],
      ['2026-03-29', '23'],
      ['2026-03-30', '24'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'Start (Europe/Madrid)' })).toBeInTheDocument();
    expect(sent.at(-1)).toMatchObject({ range: { since: '2026-03-27T23:00:00.000Z', until: '2026-03-30T22:00:00.000Z' }, timeZone: 'Europe/Madrid' });
    expect(screen.getByTestId('series-time-zone')).toHaveTextContent('Europe/Madrid');

    const csv = captureCsvDownload();
    await user.click(screen.getByRole('button', { name: 'Download CSV' }));
    expect(csv.filename()).toBe('hits-2026-03-28-to-2026-03-30.csv');
    expect(await csv.text()).toBe('start,value\r\n2026-03-28T00:00:00+01:00,24\r\n2026-03-29T00:00:00+01:00,23\r\n2026-03-30T00:00:00+02:00,24\r\n');
  });

  it('ranks the top applications with links, saying which calendar period they were ranked by', async () => {
    const { application, account } = acmeApplication();
    answerUsageSeries(() => usageSeriesPayload({ metric: hits(), points: threeDays() }));
    const sent: Record<string, unknown>[] = [];
    server.use(
      graphql.query('TopApplications', ({ variables }) => {
        sent.push(variables);
        return HttpResponse.json({
          data: {
            topApplications: {
              __typename: 'TopApplicationsPayload',
              result: {
                __typename: 'TopApplications',
                calendarPeriod: 'WEEK',
                periodStart: '2026-05-11T00:00:00.000Z',
                since: '2026-05-13T00:00:00.000Z',
                until: '2026-05-16T00:00:00.000Z',
                metric: { __typename: 'Metric', id: hits().id, friendlyName: 'Hits' },
                applications: [
                  {
                    __typename: 'TopApplication',
                    application: { __typename: 'Application', id: application.id, name: application.name, account: { __typename: 'Account', id: account.id, orgName: account.orgName } },
                    periodValue: '12000',
                    value: '9000',
                  },
                  { __typename: 'TopApplication', application: null, periodValue: '40', value: '0' },
                ],
              },
              userErrors: [],
            },
          },
        });
      }),
    );
    await openAnalytics(`?product=${echo().id}&tab=top-applications&range=LAST_7_DAYS`);
    const table = await screen.findByRole('table', { name: 'Top applications by hits' });
    expect(rowsOf(table).map(cellsOf)).toEqual([
      ['1', application.name, account.orgName, '12,000', '9,000'],
      ['2', 'Deleted application', '—', '40', '0'],
    ]);
    expect(within(table).getByRole('columnheader', { name: 'In the UTC week' })).toBeInTheDocument();
    expect(within(table).getByRole('link', { name: application.name })).toHaveAttribute('href', `/applications/${application.id}`);
    expect(screen.getByTestId('calendar-period')).toHaveTextContent('in the UTC week (from Monday) that started 2026-05-11 00:00 UTC');
    expect(sent.at(-1)).toEqual({ service: echo().id, metric: hits().id, range: { preset: 'LAST_7_DAYS' }, timeZone: 'UTC', limit: 10 });
  });

  it('stacks the response codes by class per bucket, and lists each code with its share', async () => {
    answerUsageSeries(() => usageSeriesPayload({ metric: hits(), points: threeDays() }));
    const point = (start: string, success: string, clientError: string, serverError: string) => ({
      __typename: 'ResponseCodePoint',
      start,
      informational: '0',
      success,
      redirection: '0',
      clientError,
      serverError,
    });
    server.use(
      graphql.query('ResponseCodes', () =>
        HttpResponse.json({
          data: {
            responseCodes: {
              __typename: 'ResponseCodesPayload',
              series: {
                __typename: 'ResponseCodeSeries',
                granularity: 'DAY',
                timeZone: 'UTC',
                since: '2026-03-01T00:00:00.000Z',
                until: '2026-03-03T00:00:00.000Z',
                points: [point('2026-03-01T00:00:00.000Z', '90', '6', '1'), point('2026-03-02T00:00:00.000Z', '0', '0', '3')],
                codes: [
                  { __typename: 'ResponseCodeCount', code: 200, count: '90' },
                  { __typename: 'ResponseCodeCount', code: 404, count: '6' },
                  { __typename: 'ResponseCodeCount', code: 503, count: '4' },
                ],
              },
              userErrors: [],
            },
          },
        }),
      ),
    );
    await openAnalytics(`?product=${echo().id}&tab=response-codes`);
    const codes = await screen.findByRole('table', { name: 'Response codes' });
    expect(rowsOf(codes).map(cellsOf)).toEqual([
      ['200', '2xx', '90', '90 %'],
      ['404', '4xx', '6', '6 %'],
      ['503', '5xx', '4', '4 %'],
    ]);
    const byClass = screen.getByRole('table', { name: 'Responses by class per day' });
    expect(rowsOf(byClass).map(cellsOf)).toEqual([
      ['2026-03-01', '0', '90', '0', '6', '1'],
      ['2026-03-02', '0', '0', '0', '0', '3'],
    ]);
  });

  it('shows a user error of the top applications', async () => {
    answerUsageSeries(() => usageSeriesPayload({ metric: hits(), points: threeDays() }));
    server.use(
      graphql.query('TopApplications', () =>
        HttpResponse.json({
          data: { topApplications: { __typename: 'TopApplicationsPayload', result: null, userErrors: [userError('"Mars/Olympus" is not a time zone.', 'INVALID_TIME_ZONE')] } },
        }),
      ),
    );
    await openAnalytics(`?product=${echo().id}&tab=top-applications`);
    expect(await screen.findByRole('alert')).toHaveTextContent('"Mars/Olympus" is not a time zone.');
  });
});
