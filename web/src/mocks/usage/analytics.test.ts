// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { AccountFixture } from '../accounts/account-store';
import { executeOperation } from '../execute-operation';
import { toGlobalId } from '../global-id';
import { demo, state } from '../store';
import { recordUsage } from './usage-store';

/**
 * What the parity test cannot show with a server whose demo data have no usage of their own making:
 * series over the stored reports in a time zone (DST included), presets, range limits, the calendar
 * period of top applications, response-code classes, utilization and potential upgrades, signups and
 * the engagement cohorts — each as analytics.test.ts asserts it of the server.
 */
type Body = { data?: Record<string, any>; errors?: { message: string; extensions: { code: string } }[] };
async function run(query: string, variables: Record<string, unknown> = {}) {
  const { status, body } = await executeOperation({ query, variables });
  return { status, body: body as Body };
}

const signIn = (email: string) => (state.sessionUserId = state.users.find((u) => u.email === email)!.id);
const acme = () => state.tenants.find((t) => t.subdomain === demo.acmeSubdomain)!;
const service = (name: string) => state.services.find((s) => s.tenantId === acme().id && s.name === name)!;
const metric = (serviceName: string, systemName: string) => state.metrics.find((m) => m.serviceId === service(serviceName).id && m.systemName === systemName)!;
const liveApps = (serviceName: string) => state.applications.filter((a) => a.serviceId === service(serviceName).id && a.state === 'LIVE');

const ERRORS = 'userErrors { code field message }';
const SERIES = `query($target: UsageTargetInput!, $metric: ID!, $range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  usageSeries(target: $target, metric: $metric, range: $range, granularity: $granularity, timeZone: $timeZone) {
    series { metric { systemName } since until timeZone granularity points { start value } total previousTotal changePercent } ${ERRORS} } }`;
const TOP = `query($service: ID!, $range: UsageRangeInput!, $limit: Int, $metric: ID) { topApplications(service: $service, range: $range, limit: $limit, metric: $metric) {
  result { metric { systemName } calendarPeriod periodStart since until applications { application { name } periodValue value } } ${ERRORS} } }`;
const CODES = `query($target: ResponseCodesTargetInput!, $range: UsageRangeInput!) { responseCodes(target: $target, range: $range) {
  series { granularity points { start informational success redirection clientError serverError } codes { code count } } ${ERRORS} } }`;
const UTILIZATION = `query($id: ID!) { utilization(application: $id) { metric { systemName } period max current percent periodStart resetAt } }`;
const UPGRADES = `query($first: Int) { potentialUpgrades(first: $first) { application { name } limit { metric { systemName } period max current percent } } }`;
const SIGNUPS = `query($range: UsageRangeInput!, $granularity: UsageGranularity, $timeZone: String) {
  signups(range: $range, granularity: $granularity, timeZone: $timeZone) { series { since until granularity points { start count } total previousTotal } ${ERRORS} } }`;
const REPORT = `query($days: Int!, $plan: ID) { engagementReport(signedUpWithinDays: $days, plan: $plan) {
  report { since middle until signups neverUsed { account { orgName } } stopped { account { orgName } firstHalf secondHalf } active { account { orgName } firstHalf secondHalf growthPercent } } ${ERRORS} } }`;

const NOW = '2026-05-20T10:20:00.000Z'; // a Wednesday

let accounts = 0;
/** A developer account of Acme that signed up at `createdAt`, on its default account plan. */
function createAccount(overrides: Partial<AccountFixture> & { createdAt: string }): AccountFixture {
  const account: AccountFixture = {
    __typename: 'Account',
    id: toGlobalId('Account', `00000000-0000-4000-a000-${String(++accounts).padStart(12, '0')}`),
    tenantId: acme().id,
    orgName: `Signup ${accounts}`,
    state: 'APPROVED',
    planId: state.accounts.find((a) => a.tenantId === acme().id)!.planId,
    values: {},
    vatRate: null,
    updatedAt: overrides.createdAt,
    stateChangedAt: overrides.createdAt,
    ...overrides,
  };
  state.accounts.push(account);
  return account;
}

beforeEach(() => {
  // The demo history is relative to the real clock: these tests record their own usage.
  state.usageHistory = null;
  state.usageReports = [];
  state.usageAlerts = [];
  vi.useFakeTimers({ toFake: ['Date'] });
  vi.setSystemTime(new Date(NOW));
  signIn(demo.acmeEmail);
});
afterEach(() => vi.useRealTimers());

describe('usageSeries', () => {
  it("gives a product's, an application's and an account's usage per bucket, methods rolled up into hits, and an empty series without data", async () => {
    const [alpha, beta, gamma] = liveApps('Echo API');
    recordUsage(state, { applicationId: alpha!.id, at: '2026-05-20T10:05:00Z', usage: { search: 3 } });
    recordUsage(state, { applicationId: beta!.id, at: '2026-05-20T10:10:00Z', usage: { hits: 2 } });
    const hits = metric('Echo API', 'hits').id;
    const product = (await run(SERIES, { target: { service: service('Echo API').id }, metric: hits, range: { preset: 'LAST_24_HOURS' } })).body.data!['usageSeries'];
    expect(product.userErrors).toEqual([]);
    expect(product.series).toMatchObject({ metric: { systemName: 'hits' }, timeZone: 'UTC', granularity: 'HOUR', total: '5', previousTotal: '0', changePercent: null });
    expect(product.series.points).toHaveLength(24);
    expect(product.series.points.at(-1)).toEqual({ start: '2026-05-20T10:00:00.000Z', value: '5' });
    expect(product.series.until).toBe('2026-05-20T11:00:00.000Z');
    const app = (await run(SERIES, { target: { application: alpha!.id }, metric: metric('Echo API', 'search').id, range: { preset: 'LAST_7_DAYS' } })).body.data!['usageSeries'].series;
    expect(app).toMatchObject({ granularity: 'DAY', total: '3' });
    expect(app.points).toHaveLength(7);
    expect(app.points.at(-1)).toEqual({ start: '2026-05-20T00:00:00.000Z', value: '3' });
    const account = (await run(SERIES, { target: { account: beta!.accountId }, metric: hits, range: { preset: 'LAST_12_MONTHS' } })).body.data!['usageSeries'].series;
    expect(account).toMatchObject({ granularity: 'MONTH', since: '2025-06-01T00:00:00.000Z', total: '2' });
    expect(account.points).toHaveLength(12);
    const nothing = (await run(SERIES, { target: { application: gamma!.id }, metric: hits, range: { preset: 'LAST_30_DAYS' } })).body.data!['usageSeries'].series;
    expect(nothing).toMatchObject({ points: [], total: '0', previousTotal: '0', changePercent: null });
  });

  it("counts local days across a DST change in the viewer's time zone, and compares with the previous period", async () => {
    const [app] = liveApps('Echo API');
    // One call an hour from 2026-03-21 to 2026-04-01 (Europe/Madrid moves to summer time on 2026-03-29).
    for (let t = Date.UTC(2026, 2, 21); t < Date.UTC(2026, 3, 1); t += 3_600_000) {
      recordUsage(state, { applicationId: app!.id, at: new Date(t), usage: { hits: 1 }, wholeHour: true });
    }
    const vars = { target: { service: service('Echo API').id }, metric: metric('Echo API', 'hits').id };
    const range = { since: '2026-03-27T23:00:00Z', until: '2026-03-30T22:00:00Z' }; // Madrid: Mar 28 00:00 to Mar 31 00:00
    const madrid = (await run(SERIES, { ...vars, range, granularity: 'DAY', timeZone: 'Europe/Madrid' })).body.data!['usageSeries'];
    expect(madrid.userErrors).toEqual([]);
    expect(madrid.series.points).toEqual([
      { start: '2026-03-27T23:00:00.000Z', value: '24' },
      { start: '2026-03-28T23:00:00.000Z', value: '23' },
      { start: '2026-03-29T22:00:00.000Z', value: '24' },
    ]);
    expect(madrid.series).toMatchObject({ total: '71', previousTotal: '71', changePercent: 0, since: '2026-03-27T23:00:00.000Z', until: '2026-03-30T22:00:00.000Z' });
    const utc = (await run(SERIES, { ...vars, range: { since: '2026-03-28T00:00:00Z', until: '2026-03-30T00:00:00Z' }, granularity: 'DAY' })).body.data!['usageSeries'].series;
    expect(utc.points.map((p: { value: string }) => p.value)).toEqual(['24', '24']);
    const hourly = (await run(SERIES, { ...vars, range, granularity: 'HOUR', timeZone: 'Europe/Madrid' })).body.data!['usageSeries'].series;
    expect(hourly.points).toHaveLength(71);
    // Monthly rows when UTC lines up with months: the previous period (March 2 to April 1) holds no
    // month's start, so it counts nothing; from hourly rows (any other zone name) it counts March 21–31.
    const april = { ...vars, range: { since: '2026-04-01T00:00:00Z', until: '2026-05-01T00:00:00Z' }, granularity: 'MONTH' };
    expect((await run(SERIES, april)).body.data!['usageSeries'].series).toMatchObject({ total: '0', previousTotal: '0', points: [] });
    expect((await run(SERIES, { ...april, timeZone: 'Etc/UTC' })).body.data!['usageSeries'].series).toMatchObject({ total: '0', previousTotal: '264', points: [] });
    const growth = (await run(SERIES, { ...vars, range: { since: '2026-03-26T00:00:00Z', until: '2026-03-31T00:00:00Z' }, granularity: 'DAY' })).body.data!['usageSeries'].series;
    expect(growth).toMatchObject({ total: '120', previousTotal: '120', changePercent: 0 });
    const half = (await run(SERIES, { ...vars, range: { since: '2026-03-31T00:00:00Z', until: '2026-04-02T00:00:00Z' }, granularity: 'DAY' })).body.data!['usageSeries'].series;
    expect(half).toMatchObject({ total: '24', previousTotal: '48', changePercent: -50 });
  });

  it('refuses bad ranges, time zones and targets with the server’s codes, messages and fields, targets first', async () => {
    const vars = { target: { service: service('Echo API').id }, metric: metric('Echo API', 'hits').id, range: { preset: 'LAST_7_DAYS' } };
    const refusal = async (extra: Record<string, unknown>) => {
      const payload = (await run(SERIES, { ...vars, ...extra })).body.data!['usageSeries'];
      expect(payload.series).toBeNull();
      return payload.userErrors;
    };
    expect(await refusal({ range: { since: '2026-01-01T00:00:00Z', until: '2026-05-01T00:00:00Z' }, granularity: 'HOUR' })).toEqual([
      { code: 'RANGE_TOO_LONG', field: ['range'], message: 'An hourly series covers at most 90 days; choose a coarser granularity or a shorter range.' },
    ]);
    expect(await refusal({ range: { since: '2026-02-01T00:00:00Z', until: '2026-01-01T00:00:00Z' } })).toEqual([
      { code: 'INVALID_RANGE', field: ['range'], message: 'The range must end after it starts.' },
    ]);
    expect(await refusal({ range: { preset: 'LAST_7_DAYS', since: '2026-01-01T00:00:00Z' } })).toEqual([
      { code: 'INVALID_RANGE', field: ['range'], message: 'Give either a preset or both since and until.' },
    ]);
    expect(await refusal({ range: {}, timeZone: 'Mars/Olympus' })).toEqual([
      { code: 'INVALID_TIME_ZONE', field: ['timeZone'], message: '"Mars/Olympus" is not a time zone; use an IANA name such as Europe/Madrid, or UTC.' },
    ]);
    expect(await refusal({ target: { service: service('Echo API').id, account: liveApps('Echo API')[0]!.accountId } })).toEqual([
      { code: 'INVALID_TARGET', field: ['target'], message: 'Give exactly one of service, application and account.' },
    ]);
    expect(await refusal({ target: { service: service('Email API').id } })).toEqual([
      { code: 'INVALID_TARGET', field: ['metric'], message: "The metric is not one of the product's." },
    ]);
    expect(await refusal({ metric: 'nope', timeZone: 'Mars/Olympus' })).toEqual([{ code: 'NOT_FOUND', field: ['metric'], message: 'No such metric or method.' }]);
    expect(await refusal({ target: { application: service('Echo API').id } })).toEqual([
      { code: 'NOT_FOUND', field: ['target', 'application'], message: 'No such application.' },
    ]);
    // Another tenant's product is none of the caller's.
    const globex = state.services.find((s) => s.tenantId !== acme().id)!;
    expect((await refusal({ target: { service: globex.id } }))[0].code).toBe('NOT_FOUND');
  });
});

describe('recordUsage', () => {
  it('rolls methods up into hits, keeps response codes, and moves the application’s first and last traffic', () => {
    const app = liveApps('Echo API').find((a) => a.firstTrafficAt === null)!;
    const report = recordUsage(state, { applicationId: app.id, at: '2026-05-20T10:05:00Z', usage: { search: 3, data_transfer: 120 }, responseCodes: { 200: 3 } });
    expect(report).toMatchObject({
      applicationId: app.id,
      serviceId: app.serviceId,
      accountId: app.accountId,
      usage: { [metric('Echo API', 'search').id]: 3, [metric('Echo API', 'hits').id]: 3, [metric('Echo API', 'data_transfer').id]: 120 },
      responseCodes: { 200: 3 },
      wholeHour: false,
    });
    recordUsage(state, { applicationId: app.id, at: '2026-05-19T08:00:00Z', usage: { hits: 1 } });
    expect([app.firstTrafficAt, app.lastTrafficAt]).toEqual(['2026-05-19T08:00:00.000Z', '2026-05-20T10:05:00.000Z']);
    expect(() => recordUsage(state, { applicationId: app.id, at: NOW, usage: { web_api: 1 } })).toThrow(/no metric web_api/);
  });
});

describe('topApplications', () => {
  it('ranks by the calendar period that holds the range, with each application’s usage over the range itself', async () => {
    const [alpha, beta, gamma] = liveApps('Echo API');
    const at = (iso: string, app: typeof alpha, hits: number) => recordUsage(state, { applicationId: app!.id, at: iso, usage: { hits } });
    at('2026-05-20T09:00:00Z', alpha, 2);
    at('2026-05-20T09:00:00Z', beta, 9);
    at('2026-05-20T10:00:00Z', beta, 1);
    at('2026-05-20T10:00:00Z', gamma, 4);
    // Earlier in the week: counted in the week, not in today's range.
    at('2026-05-18T12:00:00Z', alpha, 30);
    const echo = service('Echo API').id;
    const today = (await run(TOP, { service: echo, range: { since: '2026-05-20T00:00:00Z', until: '2026-05-21T00:00:00Z' } })).body.data!['topApplications'];
    expect(today.userErrors).toEqual([]);
    expect(today.result).toMatchObject({ metric: { systemName: 'hits' }, calendarPeriod: 'DAY', periodStart: '2026-05-20T00:00:00.000Z' });
    expect(today.result.applications).toEqual([
      { application: { name: beta!.name }, periodValue: '10', value: '10' },
      { application: { name: gamma!.name }, periodValue: '4', value: '4' },
      { application: { name: alpha!.name }, periodValue: '2', value: '2' },
    ]);
    // Tuesday to Thursday: ranked by the week, alpha first by its Monday; its usage over the range is 2.
    const week = (await run(TOP, { service: echo, range: { since: '2026-05-19T00:00:00Z', until: '2026-05-22T00:00:00Z' }, limit: 2 })).body.data!['topApplications'].result;
    expect(week).toMatchObject({ calendarPeriod: 'WEEK', periodStart: '2026-05-18T00:00:00.000Z' });
    expect(week.applications).toEqual([
      { application: { name: alpha!.name }, periodValue: '32', value: '2' },
      { application: { name: beta!.name }, periodValue: '10', value: '10' },
    ]);
    const month = (await run(TOP, { service: echo, range: { since: '2026-05-10T00:00:00Z', until: '2026-05-20T12:00:00Z' } })).body.data!['topApplications'].result;
    expect(month).toMatchObject({ calendarPeriod: 'MONTH', periodStart: '2026-05-01T00:00:00.000Z' });
    const year = (await run(TOP, { service: echo, range: { since: '2025-12-25T00:00:00Z', until: '2026-05-21T00:00:00Z' } })).body.data!['topApplications'].result;
    expect(year).toMatchObject({ calendarPeriod: 'YEAR', periodStart: '2026-01-01T00:00:00.000Z' });
    // Over 90 days the range is summed from whole UTC days: the day the range starts in is left out when it starts later.
    expect(year.applications.map((a: { value: string }) => a.value)).toEqual(['32', '10', '4']);
    const refused = await run(TOP, { service: echo, range: { preset: 'LAST_7_DAYS' }, limit: 11 });
    expect(refused.body.data!['topApplications']).toEqual({ result: null, userErrors: [{ code: 'INVALID_RANGE', field: ['limit'], message: 'Ask for 1 to 10 applications.' }] });
    const method = await run(TOP, { service: echo, range: { preset: 'LAST_7_DAYS' }, metric: metric('Email API', 'hits').id });
    expect(method.body.data!['topApplications'].userErrors[0].code).toBe('INVALID_TARGET');
  });
});

describe('responseCodes', () => {
  it('breaks responses down by class per bucket, and lists every code of the range', async () => {
    const [alpha, beta] = liveApps('Echo API');
    recordUsage(state, { applicationId: alpha!.id, at: '2026-05-20T09:10:00Z', usage: { hits: 2 }, responseCodes: { 200: 2 } });
    recordUsage(state, { applicationId: beta!.id, at: '2026-05-20T10:10:00Z', usage: { hits: 3 }, responseCodes: { 200: 1, 404: 1, 503: 1 } });
    const codes = (await run(CODES, { target: { service: service('Echo API').id }, range: { preset: 'LAST_24_HOURS' } })).body.data!['responseCodes'];
    expect(codes.userErrors).toEqual([]);
    expect(codes.series.codes).toEqual([
      { code: 200, count: '3' },
      { code: 404, count: '1' },
      { code: 503, count: '1' },
    ]);
    expect(codes.series.points).toHaveLength(24);
    expect(codes.series.points.at(-1)).toEqual({ start: '2026-05-20T10:00:00.000Z', informational: '0', success: '1', redirection: '0', clientError: '1', serverError: '1' });
    const app = (await run(CODES, { target: { application: alpha!.id }, range: { preset: 'LAST_7_DAYS' } })).body.data!['responseCodes'].series;
    expect(app.codes).toEqual([{ code: 200, count: '2' }]);
    expect((await run(CODES, { target: {}, range: { preset: 'LAST_7_DAYS' } })).body.data!['responseCodes'].userErrors[0].code).toBe('INVALID_TARGET');
    const none = (await run(CODES, { target: { application: liveApps('Email API')[0]!.id }, range: { preset: 'LAST_7_DAYS' } })).body.data!['responseCodes'].series;
    expect(none).toMatchObject({ points: [], codes: [] });
  });
});

describe('utilization and potential upgrades', () => {
  it("shows an application's current count against each limit of its plan, with one decimal and when it resets", async () => {
    // The Email API's Bronze: 600 hits a minute, the APIs it leaves out disabled (0 per eternity).
    const bronze = state.plans.find((p) => p.serviceId === service('Email API').id && p.name === 'Bronze')!;
    const app = state.applications.find((a) => a.planId === bronze.id && a.state === 'LIVE')!;
    recordUsage(state, { applicationId: app.id, at: '2026-05-20T10:20:10Z', usage: { hits: 200 } });
    recordUsage(state, { applicationId: app.id, at: '2026-05-20T10:20:40Z', usage: { hits: 1 } });
    // An hour of calls at once (the demo history) counts in no minute.
    recordUsage(state, { applicationId: app.id, at: '2026-05-20T10:20:00Z', usage: { hits: 500 }, wholeHour: true });
    const limits = (await run(UTILIZATION, { id: app.id })).body.data!['utilization'];
    expect(limits[0]).toEqual({
      metric: { systemName: 'hits' },
      period: 'MINUTE',
      max: '600',
      current: '201',
      percent: 33.5,
      periodStart: '2026-05-20T10:20:00.000Z',
      resetAt: '2026-05-20T10:21:00.000Z',
    });
    expect(limits.slice(1).every((l: { period: string; max: string; percent: unknown; resetAt: unknown }) => l.period === 'ETERNITY' && l.max === '0' && l.percent === null && l.resetAt === null)).toBe(true);
    const unknown = await run(UTILIZATION, { id: service('Email API').id });
    expect(unknown.body.errors?.map((e) => [e.extensions.code, e.message])).toEqual([['NOT_FOUND', 'Application not found.']]);
  });

  it('lists applications at or over 80 % of a limit in its current period, most used first, each by its most-used limit', async () => {
    // The Echo API's Basic: 1000 hits a day.
    const basic = state.plans.find((p) => p.serviceId === service('Echo API').id && p.systemName === 'basic')!;
    const [over, near, under] = state.applications.filter((a) => a.planId === basic.id);
    recordUsage(state, { applicationId: over!.id, at: '2026-05-20T08:00:00Z', usage: { hits: 1000 } });
    recordUsage(state, { applicationId: over!.id, at: '2026-05-20T09:00:00Z', usage: { hits: 234 } });
    recordUsage(state, { applicationId: near!.id, at: '2026-05-20T09:00:00Z', usage: { hits: 800 } });
    recordUsage(state, { applicationId: under!.id, at: '2026-05-20T09:00:00Z', usage: { hits: 799 } });
    // Yesterday's calls are another day's counter.
    recordUsage(state, { applicationId: under!.id, at: '2026-05-19T23:59:00Z', usage: { hits: 500 } });
    const upgrades = (await run(UPGRADES)).body.data!['potentialUpgrades'];
    expect(upgrades).toEqual([
      { application: { name: over!.name }, limit: { metric: { systemName: 'hits' }, period: 'DAY', max: '1000', current: '1234', percent: 123.4 } },
      { application: { name: near!.name }, limit: { metric: { systemName: 'hits' }, period: 'DAY', max: '1000', current: '800', percent: 80 } },
    ]);
    expect((await run(UPGRADES, { first: 1 })).body.data!['potentialUpgrades']).toHaveLength(1);
    expect((await run(UPGRADES, { first: 0 })).body.errors?.[0]?.extensions.code).toBe('BAD_USER_INPUT');
  });
});

describe('signups and the engagement report', () => {
  it('count signups per local bucket with the previous period, every bucket shown', async () => {
    for (const createdAt of ['2026-05-14T10:00:00Z', '2026-05-19T23:30:00Z', '2026-05-20T01:00:00Z', '2026-05-10T12:00:00Z']) {
      createAccount({ createdAt: new Date(createdAt).toISOString() });
    }
    const utc = (await run(SIGNUPS, { range: { preset: 'LAST_7_DAYS' } })).body.data!['signups'].series;
    expect(utc).toMatchObject({ since: '2026-05-14T00:00:00.000Z', granularity: 'DAY', total: 3, previousTotal: 1 });
    expect(utc.points.map((p: { count: number }) => p.count)).toEqual([1, 0, 0, 0, 0, 1, 1]);
    // In Madrid (UTC+2) the 23:30 signup is on the 20th.
    const madrid = (await run(SIGNUPS, { range: { preset: 'LAST_7_DAYS' }, timeZone: 'Europe/Madrid' })).body.data!['signups'].series;
    expect(madrid.points.map((p: { count: number }) => p.count)).toEqual([1, 0, 0, 0, 0, 0, 2]);
  });

  it('sorts the accounts that signed up in the window into never used, stopped and active with their growth, new ones first', async () => {
    const echo = service('Echo API');
    const template = liveApps('Echo API')[0]!;
    const make = (orgName: string, daysAgo: number) => {
      const account = createAccount({ orgName, createdAt: new Date(Date.parse(NOW) - daysAgo * 86_400_000).toISOString() });
      const app = { ...template, id: toGlobalId('Application', `00000000-0000-4000-a100-${String(accounts).padStart(12, '0')}`), accountId: account.id };
      state.applications.push(app);
      return app;
    };
    make('never', 28);
    const stopped = make('stopped', 27);
    const growing = make('growing', 26);
    const fresh = make('fresh', 2);
    const old = make('old', 60);
    const daysAgo = (d: number) => new Date(Date.parse(NOW) - d * 86_400_000);
    recordUsage(state, { applicationId: stopped.id, at: daysAgo(25), usage: { hits: 40 } });
    recordUsage(state, { applicationId: growing.id, at: daysAgo(25), usage: { search: 10 } });
    recordUsage(state, { applicationId: growing.id, at: daysAgo(3), usage: { hits: 25 } });
    recordUsage(state, { applicationId: fresh.id, at: daysAgo(1), usage: { hits: 7 } });
    recordUsage(state, { applicationId: old.id, at: daysAgo(1), usage: { hits: 7 } });
    const report = (await run(REPORT, { days: 30 })).body.data!['engagementReport'];
    expect(report.userErrors).toEqual([]);
    expect(report.report).toMatchObject({ since: '2026-04-20T10:20:00.000Z', middle: '2026-05-05T00:00:00.000Z', until: NOW, signups: 4 });
    expect(report.report.neverUsed).toEqual([{ account: { orgName: 'never' } }]);
    expect(report.report.stopped).toEqual([{ account: { orgName: 'stopped' }, firstHalf: '40', secondHalf: '0' }]);
    expect(report.report.active).toEqual([
      { account: { orgName: 'fresh' }, firstHalf: '0', secondHalf: '7', growthPercent: null },
      { account: { orgName: 'growing' }, firstHalf: '10', secondHalf: '25', growthPercent: 150 },
    ]);
    const refused = (await run(REPORT, { days: 0 })).body.data!['engagementReport'];
    expect(refused).toEqual({ report: null, userErrors: [{ code: 'INVALID_RANGE', field: ['signedUpWithinDays'], message: 'The window is 1 to 365 days.' }] });
    // On a plan: the account plan, or one of the account's applications' plans.
    expect((await run(REPORT, { days: 30, plan: template.planId })).body.data!['engagementReport'].report.signups).toBe(4);
    const otherPlan = state.plans.find((p) => p.serviceId === echo.id && p.kind === 'APPLICATION' && p.id !== template.planId)!;
    expect((await run(REPORT, { days: 30, plan: otherPlan.id })).body.data!['engagementReport'].report.signups).toBe(0);
    const accountPlan = state.accounts.find((a) => a.tenantId === acme().id)!.planId;
    expect((await run(REPORT, { days: 30, plan: accountPlan })).body.data!['engagementReport'].report.signups).toBe(4);
    expect((await run(REPORT, { days: 30, plan: echo.id })).body.data!['engagementReport'].userErrors[0]).toEqual({ code: 'NOT_FOUND', field: ['plan'], message: 'No such plan.' });
  });
});
