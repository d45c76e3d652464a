import { periodEnd, periodStart, USAGE_PERIODS, type UsagePeriod } from '@gatehouse/schema/usage';
import type { CalendarPeriod, UsageGranularity } from '../../gql/schema-types';
import type { AccountFixture } from '../accounts/account-store';
import type { ApplicationFixture } from '../applications/application-store';
import { compareText } from '../connection';
import { rowIdOf } from '../global-id';
import type { PlansState } from '../plans/plans';
import {
  bucketOf,
  bucketsOf,
  calendarPeriodFor,
  previousRange,
  sourceGranularity,
  type ResolvedRange,
} from './analytics-range';
import { DAY_MS } from './time-zone';
import { hitsOfService, liveApplicationIds, reportsOf, type Report, type UsageStoreState } from './usage-store';

/**
 * Analytics (server/src/modules/usage/analytics.service.ts) read from the stored reports: a usage
 * series of a product, an application or an account; top applications; response codes; an
 * application's utilization of its limits; potential upgrades; signups; the engagement report. Rows
 * are what the server's tables would hold — an application's counters per UTC calendar period, and
 * hourly, daily and monthly rollups — derived from the reports when read, and bucketed in the viewer's
 * time zone as the server's SQL does. Instants are epoch milliseconds; the resolvers format them.
 */

type State = UsageStoreState & PlansState;

/** Change against a previous amount, in percent with one decimal; null when there was none before. */
export const changePercent = (total: number, previous: number) => (previous === 0 ? null : Math.round(((total - previous) / previous) * 1000) / 10);

/** A row of a rollup or counter: where its period starts (UTC), and its value. */
interface Row {
  start: number;
  value: number;
}

/** The reports' values of a metric as rows of one granularity (UTC periods); zeroes make no row, as on the server. */
function rowsOf(reports: readonly Report[], metricId: string, granularity: UsageGranularity | UsagePeriod): Row[] {
  const rows: Row[] = [];
  for (const r of reports) {
    const value = r.row.usage[metricId] ?? 0;
    if (value <= 0) continue;
    if (granularity === 'MINUTE' && r.row.wholeHour) continue;
    rows.push({ start: periodStart(granularity, new Date(r.at)).getTime(), value });
  }
  return rows;
}

/** The tenant's reports by application (or by account). */
function reportsBy(state: State, tenantId: string, key: 'applicationId' | 'accountId'): Map<string, Report[]> {
  const grouped = new Map<string, Report[]>();
  for (const r of reportsOf(state, tenantId)) {
    const list = grouped.get(r.row[key]);
    if (list) list.push(r);
    else grouped.set(r.row[key], [r]);
  }
  return grouped;
}

/** Bucket starts memoised per row start: many rows share an hour. */
function bucketer(range: ResolvedRange): (at: number) => number {
  const known = new Map<number, number>();
  return (at) => {
    let bucket = known.get(at);
    if (bucket === undefined) known.set(at, (bucket = bucketOf(range, at)));
    return bucket;
  };
}

// ── usage series ─────────────────────────────────────────────────────────────────────────────────

/** Whose reports a series sums: a product's (all its applications, deleted ones too), an application's, an account's. */
export type SeriesTarget = { service: string } | { application: string } | { account: string };

export interface Series {
  since: number;
  until: number;
  timeZone: string;
  granularity: UsageGranularity;
  points: { start: number; value: number }[];
  total: number;
  previousTotal: number;
}

function reportsOfTarget(state: State, tenantId: string, target: SeriesTarget): Report[] {
  const reports = reportsOf(state, tenantId);
  if ('service' in target) return reports.filter((r) => r.row.serviceId === target.service);
  if ('account' in target) return reports.filter((r) => r.row.accountId === target.account);
  return reports.filter((r) => r.row.applicationId === target.application);
}

/** A target's usage of a metric per bucket, its total, and the total of the period right before. */
export function usageSeries(state: State, tenantId: string, target: SeriesTarget, metricId: string, range: ResolvedRange): Series {
  const previous = previousRange(range.since, range.until);
  const rows = rowsOf(reportsOfTarget(state, tenantId, target), metricId, sourceGranularity(range)).filter((r) => r.start >= previous.since && r.start < range.until);
  const inRange = rows.filter((r) => r.start >= range.since);
  const total = inRange.reduce((sum, r) => sum + r.value, 0);
  const previousTotal = rows.reduce((sum, r) => sum + (r.start < range.since ? r.value : 0), 0);
  let points: Series['points'] = [];
  // No data for the selected period: an empty series.
  if (total !== 0) {
    const bucket = bucketer(range);
    const byBucket = new Map<number, number>();
    for (const r of inRange) byBucket.set(bucket(r.start), (byBucket.get(bucket(r.start)) ?? 0) + r.value);
    points = bucketsOf(range).map((start) => ({ start, value: byBucket.get(start) ?? 0 }));
  }
  return { ...range, points, total, previousTotal };
}

// ── top applications ─────────────────────────────────────────────────────────────────────────────

export interface TopApplications {
  calendarPeriod: CalendarPeriod;
  periodStart: number;
  applications: { applicationId: string; periodValue: number; value: number }[];
}

const applicationKey = (id: string) => rowIdOf(id, 'Application') ?? id;

/**
 * The applications that used a metric most in the calendar period that best fits the range (003
 * ch.34: day, week, month or year, UTC), with their usage over the range itself: summed from hourly
 * counters up to 90 days, from daily ones (whole UTC days in the range) beyond.
 */
export function topApplications(state: State, tenantId: string, metricId: string, range: ResolvedRange, limit: number): TopApplications {
  const calendarPeriod = calendarPeriodFor(range.since, range.until);
  const start = periodStart(calendarPeriod, new Date(range.until - 1)).getTime();
  const sumPeriod = range.until - range.since <= 90 * DAY_MS ? 'HOUR' : 'DAY';
  const live = liveApplicationIds(state, tenantId);
  const ranked = [...reportsBy(state, tenantId, 'applicationId')]
    .filter(([applicationId]) => live.has(applicationId))
    .flatMap(([applicationId, reports]) => {
      const counters = rowsOf(reports, metricId, calendarPeriod).filter((r) => r.start === start);
      return counters.length ? [{ applicationId, reports, periodValue: counters.reduce((sum, r) => sum + r.value, 0) }] : [];
    })
    .sort((a, b) => b.periodValue - a.periodValue || compareText(applicationKey(a.applicationId), applicationKey(b.applicationId)))
    .slice(0, limit);
  return {
    calendarPeriod,
    periodStart: start,
    applications: ranked.map((a) => ({
      applicationId: a.applicationId,
      periodValue: a.periodValue,
      value: rowsOf(a.reports, metricId, sumPeriod).reduce((sum, r) => sum + (r.start >= range.since && r.start < range.until ? r.value : 0), 0),
    })),
  };
}

// ── response codes ───────────────────────────────────────────────────────────────────────────────

/** Counts of the classes 1xx … 5xx. */
export type ClassCounts = [number, number, number, number, number];

export interface ResponseCodeSeries {
  since: number;
  until: number;
  timeZone: string;
  granularity: UsageGranularity;
  points: { start: number; counts: ClassCounts }[];
  codes: { code: number; count: number }[];
}

/** Upstream response codes of a product (all its applications, deleted ones too) or of one application, per bucket and class. */
export function responseCodeSeries(state: State, tenantId: string, serviceId: string, applicationId: string | null, range: ResolvedRange): ResponseCodeSeries {
  const source = sourceGranularity(range);
  const rows: { start: number; code: number; count: number }[] = [];
  for (const r of reportsOf(state, tenantId)) {
    if (r.row.serviceId !== serviceId || (applicationId !== null && r.row.applicationId !== applicationId)) continue;
    const start = periodStart(source, new Date(r.at)).getTime();
    if (start < range.since || start >= range.until) continue;
    for (const [code, count] of Object.entries(r.row.responseCodes)) if (count > 0) rows.push({ start, code: Number(code), count });
  }
  const byCode = new Map<number, number>();
  for (const r of rows) byCode.set(r.code, (byCode.get(r.code) ?? 0) + r.count);
  const codes = [...byCode].sort(([a], [b]) => a - b).map(([code, count]) => ({ code, count }));
  let points: ResponseCodeSeries['points'] = [];
  if (rows.length) {
    const bucket = bucketer(range);
    const byBucket = new Map<number, ClassCounts>();
    for (const r of rows) {
      const index = Math.trunc(r.code / 100) - 1;
      if (index < 0 || index > 4) continue;
      const key = bucket(r.start);
      const counts = byBucket.get(key) ?? [0, 0, 0, 0, 0];
      counts[index] = counts[index]! + r.count;
      byBucket.set(key, counts);
    }
    points = bucketsOf(range).map((start) => ({ start, counts: byBucket.get(start) ?? [0, 0, 0, 0, 0] }));
  }
  return { ...range, points, codes };
}

// ── utilization and potential upgrades ───────────────────────────────────────────────────────────

export interface LimitUtilization {
  metricId: string;
  period: UsagePeriod;
  max: number;
  current: number;
  periodStart: number;
}

const metricKey = (id: string) => rowIdOf(id, 'Metric') ?? id;

/** An application's count of a metric in the period of `period` that holds `now`. */
function currentCount(reports: readonly Report[], metricId: string, period: UsagePeriod, start: number): number {
  return rowsOf(reports, metricId, period).reduce((sum, r) => sum + (r.start === start ? r.value : 0), 0);
}

/** An application's current count against every limit of its plan: by period (shortest first), then metric. */
export function applicationUtilization(
  state: State,
  application: ApplicationFixture,
  now: Date,
  reports = reportsBy(state, application.tenantId, 'applicationId').get(application.id) ?? [],
): LimitUtilization[] {
  return state.usageLimits
    .filter((l) => l.planId === application.planId)
    .sort((a, b) => USAGE_PERIODS.indexOf(a.period) - USAGE_PERIODS.indexOf(b.period) || compareText(metricKey(a.metricId), metricKey(b.metricId)))
    .map((l) => {
      const start = periodStart(l.period, now).getTime();
      return { metricId: l.metricId, period: l.period, max: Number(l.value), current: currentCount(reports, l.metricId, l.period, start), periodStart: start };
    });
}

/** current / max in percent with one decimal; null for a disabled metric (max 0). */
export const percentOf = (l: Pick<LimitUtilization, 'max' | 'current'>) => (l.max > 0 ? Math.round((l.current / l.max) * 1000) / 10 : null);

/** When a limit's counter resets; null for eternity. */
export const resetAtOf = (l: Pick<LimitUtilization, 'period' | 'periodStart'>) => periodEnd(l.period, new Date(l.periodStart))?.getTime() ?? null;

/**
 * Applications at or over 80 % of a limit (above 0, not per eternity) in its current period (003 §4.4),
 * each with its most-used limit, most used first.
 */
export function potentialUpgrades(state: State, tenantId: string, limit: number, now: Date): (LimitUtilization & { applicationId: string; percent: number })[] {
  const reports = reportsBy(state, tenantId, 'applicationId');
  const candidates = state.applications
    .filter((a) => a.tenantId === tenantId && reports.has(a.id))
    .flatMap((application) => {
      const most = applicationUtilization(state, application, now, reports.get(application.id))
        .filter((l) => l.period !== 'ETERNITY' && l.max > 0 && l.current * 100 >= 80 * l.max)
        .map((l) => ({ ...l, applicationId: application.id, percent: (l.current * 100) / l.max }))
        .sort((a, b) => b.percent - a.percent)[0];
      return most ? [most] : [];
    });
  return candidates
    .sort((a, b) => b.percent - a.percent || compareText(applicationKey(a.applicationId), applicationKey(b.applicationId)))
    .slice(0, limit)
    .map((c) => ({ ...c, percent: Math.round(c.percent * 10) / 10 }));
}

// ── signups and engagement ───────────────────────────────────────────────────────────────────────

export interface SignupSeries {
  points: { start: number; count: number }[];
  total: number;
  previousTotal: number;
}

/** Developer accounts created per bucket of the range (every bucket, zeroes too), with the total of the period before. */
export function signupSeries(state: State, tenantId: string, range: ResolvedRange): SignupSeries {
  const previous = previousRange(range.since, range.until);
  const created = state.accounts
    .filter((a) => a.tenantId === tenantId)
    .map((a) => Date.parse(a.createdAt))
    .filter((at) => at >= previous.since && at < range.until);
  const inRange = created.filter((at) => at >= range.since);
  const byBucket = new Map<number, number>();
  for (const at of inRange) {
    const bucket = bucketOf(range, at);
    byBucket.set(bucket, (byBucket.get(bucket) ?? 0) + 1);
  }
  return {
    points: bucketsOf(range).map((start) => ({ start, count: byBucket.get(start) ?? 0 })),
    total: inRange.length,
    previousTotal: created.length - inRange.length,
  };
}

/** Most accounts one engagement report covers. */
export const MAX_ENGAGEMENT_ACCOUNTS = 5000;

export interface EngagementRow {
  account: AccountFixture;
  signedUpAt: number;
  firstHalf: number;
  secondHalf: number;
}

export interface Engagement {
  since: number;
  middle: number;
  until: number;
  rows: EngagementRow[];
}

/**
 * The accounts that signed up in the last `days` days (on the plan, when given: their account plan or
 * one of their applications'), with their calls — `hits` of every product — in each half of the window
 * (003 ch.32), from the daily rollups: the halves split at a UTC midnight.
 */
export function engagement(state: State, tenantId: string, days: number, planId: string | null, now: Date): Engagement {
  const until = now.getTime();
  const since = until - days * DAY_MS;
  const middle = periodStart('DAY', new Date((since + until) / 2)).getTime();
  const firstDay = periodStart('DAY', new Date(since)).getTime();
  const onPlan = (account: AccountFixture) =>
    planId === null || account.planId === planId || state.applications.some((a) => a.tenantId === tenantId && a.accountId === account.id && a.planId === planId);
  const cohort = state.accounts
    .filter((a) => a.tenantId === tenantId && Date.parse(a.createdAt) >= since && Date.parse(a.createdAt) <= until && onPlan(a))
    .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt) || compareText(rowIdOf(a.id, 'Account') ?? a.id, rowIdOf(b.id, 'Account') ?? b.id))
    .slice(0, MAX_ENGAGEMENT_ACCOUNTS);
  const services = new Set(state.services.filter((s) => s.tenantId === tenantId).map((s) => s.id));
  const hits = [...services].flatMap((id) => hitsOfService(state, id)?.id ?? []);
  const reports = reportsBy(state, tenantId, 'accountId');
  return {
    since,
    middle,
    until,
    rows: cohort.map((account) => {
      const own = reports.get(account.id) ?? [];
      const days = hits.flatMap((metricId) => rowsOf(own, metricId, 'DAY')).filter((r) => r.start >= firstDay && r.start < until);
      return {
        account,
        signedUpAt: Date.parse(account.createdAt),
        firstHalf: days.reduce((sum, r) => sum + (r.start < middle ? r.value : 0), 0),
        secondHalf: days.reduce((sum, r) => sum + (r.start >= middle ? r.value : 0), 0),
      };
    }),
  };
}
