import { periodStart } from '@gatehouse/schema/usage';
import type { AnalyticsErrorCode, CalendarPeriod, UsageGranularity, UsageRangePreset } from '../../gql/schema-types';
import { addLocal, fromLocal, HOUR_MS, isTimeZone, startOfLocal, toLocal, truncateLocal, type LocalUnit } from './time-zone';

/**
 * The time ranges of analytics, with the rules of server/src/modules/usage/analytics-range.ts and the
 * server's `resolveRange` (analytics.service.ts): presets counted back from now in the viewer's time zone
 * with the current hour, day or month included; custom ranges [since, until) with how long a range each
 * granularity may cover; the period a total is compared with; the buckets of a series; and the calendar
 * period (UTC) top applications are ranked by. The refusals carry the server's codes, messages and fields.
 */

/** Why an analytics read was refused: its userError (the server's AnalyticsRefusal). */
export class AnalyticsRefusal extends Error {
  constructor(
    readonly code: AnalyticsErrorCode,
    message: string,
    readonly field: string[],
  ) {
    super(message);
  }
}

const DAY_MS = 24 * HOUR_MS;
/** The longest range of each granularity (hourly series up to 90 days). */
export const MAX_RANGE_MS: Record<UsageGranularity, number> = { HOUR: 90 * DAY_MS, DAY: 3 * 366 * DAY_MS, MONTH: 10 * 366 * DAY_MS };
/** The earliest instant a custom range may start at. */
export const EARLIEST_ANALYTICS = Date.UTC(2000, 0, 1);

/** How a preset is counted back from now, in local calendar units (the current unit included). */
export const PRESET_SPANS: Record<UsageRangePreset, { unit: LocalUnit; count: number; granularity: UsageGranularity }> = {
  LAST_24_HOURS: { unit: 'hour', count: 24, granularity: 'HOUR' },
  LAST_7_DAYS: { unit: 'day', count: 7, granularity: 'DAY' },
  LAST_30_DAYS: { unit: 'day', count: 30, granularity: 'DAY' },
  LAST_12_MONTHS: { unit: 'month', count: 12, granularity: 'MONTH' },
};

export const UNIT: Record<UsageGranularity, LocalUnit> = { HOUR: 'hour', DAY: 'day', MONTH: 'month' };

/** A range as an analytics read uses it: instants in epoch milliseconds. */
export interface ResolvedRange {
  since: number;
  until: number;
  timeZone: string;
  granularity: UsageGranularity;
}

export interface RangeArgs {
  preset?: UsageRangePreset | null;
  since?: string | null;
  until?: string | null;
}

/** Why a custom range or its granularity is refused, or null (the server's `rangeProblem`, word for word). */
export function rangeProblem(since: number, until: number, granularity: UsageGranularity): string | null {
  if (Number.isNaN(since) || Number.isNaN(until)) return 'The range needs valid dates.';
  if (since >= until) return 'The range must end after it starts.';
  if (since < EARLIEST_ANALYTICS) return 'The range cannot start before 2000.';
  if (until - since > MAX_RANGE_MS[granularity]) {
    const most = { HOUR: '90 days', DAY: '3 years', MONTH: '10 years' }[granularity];
    // The server's wording: messages are compared by value.
    return `${{ HOUR: 'An hourly', DAY: 'A daily', MONTH: 'A monthly' }[granularity]} series covers at most ${most}; choose a coarser granularity or a shorter range.`;
  }
  return null;
}

/** The period of the same length right before the range: what a total is compared with. */
export function previousRange(since: number, until: number): { since: number; until: number } {
  return { since: 2 * since - until, until: since };
}

/** A preset worked out at `now` in the zone. */
export function presetRange(preset: UsageRangePreset, timeZone: string, now: number): { since: number; until: number } {
  const span = PRESET_SPANS[preset];
  if (span.unit === 'hour') {
    // Hours are absolute: the current local hour and the 23 before it.
    const current = startOfLocal('hour', timeZone, now);
    return { since: current - (span.count - 1) * HOUR_MS, until: current + HOUR_MS };
  }
  const current = truncateLocal(span.unit, toLocal(timeZone, now));
  return { since: fromLocal(timeZone, addLocal(span.unit, current, -(span.count - 1))), until: fromLocal(timeZone, addLocal(span.unit, current, 1)) };
}

/**
 * Checks the zone, then the range: a preset (its granularity by default) or both ends of a custom
 * range (days by default), in the server's order and with its refusals.
 */
export function resolveRange(range: RangeArgs, granularity: UsageGranularity | null | undefined, timeZone: string, now: Date): ResolvedRange {
  if (!isTimeZone(timeZone)) {
    throw new AnalyticsRefusal('INVALID_TIME_ZONE', `"${timeZone}" is not a time zone; use an IANA name such as Europe/Madrid, or UTC.`, ['timeZone']);
  }
  const given = (range.preset ? 1 : 0) + (range.since || range.until ? 1 : 0);
  if (given !== 1 || (!range.preset && (!range.since || !range.until))) {
    throw new AnalyticsRefusal('INVALID_RANGE', 'Give either a preset or both since and until.', ['range']);
  }
  if (range.preset) {
    return { ...presetRange(range.preset, timeZone, now.getTime()), timeZone, granularity: granularity ?? PRESET_SPANS[range.preset].granularity };
  }
  const since = Date.parse(range.since!);
  const until = Date.parse(range.until!);
  const g = granularity ?? 'DAY';
  const problem = rangeProblem(since, until, g);
  if (problem) throw new AnalyticsRefusal(problem.includes('series covers at most') ? 'RANGE_TOO_LONG' : 'INVALID_RANGE', problem, ['range']);
  return { since, until, timeZone, granularity: g };
}

/** Where the bucket that holds an instant starts (`date_trunc(unit, t, zone)`). */
export const bucketOf = (range: ResolvedRange, at: number) => startOfLocal(UNIT[range.granularity], range.timeZone, at);

/** The buckets of the range, in order: where each local hour, day or month it touches starts. */
export function bucketsOf(range: ResolvedRange): number[] {
  const last = range.until - 1;
  const starts: number[] = [];
  if (range.granularity === 'HOUR') {
    for (let at = startOfLocal('hour', range.timeZone, range.since); at <= last; at += HOUR_MS) starts.push(at);
    return starts;
  }
  const unit = UNIT[range.granularity] as 'day' | 'month';
  const lastLocal = truncateLocal(unit, toLocal(range.timeZone, last));
  for (let local = truncateLocal(unit, toLocal(range.timeZone, range.since)); local <= lastLocal; local = addLocal(unit, local, 1)) {
    starts.push(fromLocal(range.timeZone, local));
  }
  return starts;
}

/**
 * The rows a series is read from (the server's `sourceGranularity`): hourly ones, or the daily or
 * monthly ones when the zone is UTC and the range starts and ends on their boundaries. It matters for
 * the previous period, whose start need not be on a month's boundary: monthly rows then count whole
 * months only.
 */
export function sourceGranularity(range: ResolvedRange): UsageGranularity {
  if (range.granularity === 'HOUR' || range.timeZone !== 'UTC') return 'HOUR';
  const aligned = (at: number) => periodStart(range.granularity, new Date(at)).getTime() === at;
  return aligned(range.since) && aligned(range.until) ? range.granularity : 'HOUR';
}

const CALENDAR_PERIODS: readonly CalendarPeriod[] = ['DAY', 'WEEK', 'MONTH', 'YEAR'];

/**
 * The calendar period (UTC, as the counters) top applications are ranked by (003 ch.34): the shortest of
 * day, week, month and year that holds the whole range; a range across a year's end is ranked by the
 * year it ends in.
 */
export function calendarPeriodFor(since: number, until: number): CalendarPeriod {
  const last = new Date(until - 1);
  for (const period of CALENDAR_PERIODS) {
    if (periodStart(period, new Date(since)).getTime() === periodStart(period, last).getTime()) return period;
  }
  return 'YEAR';
}
