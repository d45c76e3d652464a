import type { UsageGranularity, UsageRangeInput, UsageRangePreset } from '../../gql/graphql';
import type { AnalyticsSearch, RangeChoice } from './analytics-search';
import { nextDay, startOfLocalDay, UTC } from './zoned-time';

export const DEFAULT_RANGE: UsageRangePreset = 'LAST_30_DAYS';

export const rangeLabels: Record<RangeChoice, string> = {
  LAST_24_HOURS: '24 hours',
  LAST_7_DAYS: '7 days',
  LAST_30_DAYS: '30 days',
  LAST_12_MONTHS: '12 months',
  CUSTOM: 'Custom',
};

export const granularityLabels: Record<UsageGranularity, string> = { HOUR: 'Hourly', DAY: 'Daily', MONTH: 'Monthly' };
/** "per hour": what one point of a series counts. */
export const perGranularity: Record<UsageGranularity, string> = { HOUR: 'per hour', DAY: 'per day', MONTH: 'per month' };
/** The bucket size the server gives a preset when none is asked for. */
export const presetGranularity: Record<UsageRangePreset, UsageGranularity> = {
  LAST_24_HOURS: 'HOUR',
  LAST_7_DAYS: 'DAY',
  LAST_30_DAYS: 'DAY',
  LAST_12_MONTHS: 'MONTH',
};

/** What the analytics queries are asked for: a range, its buckets and their time zone. */
export interface AnalyticsPeriod {
  range: UsageRangeInput;
  granularity: UsageGranularity;
  timeZone: string;
}

/**
 * The period the search stands for (in its time zone, else the organization's), or why there is none yet (a custom range without its days). A
 * custom range runs from the first day's local midnight to the midnight after the last day.
 */
export function analyticsPeriod(search: AnalyticsSearch, defaultTimeZone = UTC): { period: AnalyticsPeriod } | { incomplete: string } {
  const timeZone = search.tz ?? defaultTimeZone;
  const choice = search.range ?? DEFAULT_RANGE;
  if (choice !== 'CUSTOM') {
    return { period: { range: { preset: choice }, granularity: search.granularity ?? presetGranularity[choice], timeZone } };
  }
  if (!search.from || !search.to) return { incomplete: 'Pick the first and the last day of the range.' };
  const [first, last] = search.from <= search.to ? [search.from, search.to] : [search.to, search.from];
  return {
    period: {
      range: { since: startOfLocalDay(first, timeZone).toISOString(), until: startOfLocalDay(nextDay(last), timeZone).toISOString() },
      granularity: search.granularity ?? 'DAY',
      timeZone,
    },
  };
}
