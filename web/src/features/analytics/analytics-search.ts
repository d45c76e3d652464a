import type { UsageGranularity, UsageRangePreset } from '../../gql/graphql';
import { isTimeZone } from '@gatehouse/schema/time-zones';

/*
 * The analytics page's URL state, validated by its route. The router loads this with the first page:
 * it holds the allowed values and their check only; labels and range arithmetic are in
 * analytics-period.ts, which loads with the page.
 */

export const rangePresets = ['LAST_24_HOURS', 'LAST_7_DAYS', 'LAST_30_DAYS', 'LAST_12_MONTHS'] as const satisfies readonly UsageRangePreset[];
/** A preset, or days the admin picked. */
export type RangeChoice = UsageRangePreset | 'CUSTOM';
export const rangeChoices: readonly RangeChoice[] = [...rangePresets, 'CUSTOM'];
export const granularities = ['HOUR', 'DAY', 'MONTH'] as const satisfies readonly UsageGranularity[];
export const analyticsTabs = ['usage', 'top-applications', 'response-codes'] as const;
export type AnalyticsTab = (typeof analyticsTabs)[number];

/** The zone analytics use unless the admin chooses another. */
export const UTC = 'UTC';

/** What the analytics page shows: the product, the metric, the range, its buckets and their time zone, the tab. */
export interface AnalyticsSearch {
  /** The product (Service id); the first product by name when absent. */
  product?: string;
  /** The metric or method (Metric id); the product's hits when absent. */
  metric?: string;
  /** The range; 30 days when absent. */
  range?: RangeChoice;
  /** First and last day of a custom range (`YYYY-MM-DD`, local days in the time zone), both included. */
  from?: string;
  to?: string;
  /** Bucket size; the preset's (days for a custom range) when absent. */
  granularity?: UsageGranularity;
  /** IANA time zone of the buckets and the custom days; the organization's when absent. */
  tz?: string;
  tab?: Exclude<AnalyticsTab, 'usage'>;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const ID = /^[A-Za-z0-9_=-]{1,200}$/;
const pick = <T extends string>(value: unknown, allowed: readonly T[]) => allowed.find((option) => option === value);
const matching = (value: unknown, pattern: RegExp) => (typeof value === 'string' && pattern.test(value) ? value : undefined);

export function validateAnalyticsSearch(raw: Record<string, unknown>): AnalyticsSearch {
  // UTC stays when named: the organization's own zone may be another.
  const tz = typeof raw['tz'] === 'string' && isTimeZone(raw['tz']) ? raw['tz'] : undefined;
  const tab = pick(raw['tab'], analyticsTabs);
  return {
    product: matching(raw['product'], ID),
    metric: matching(raw['metric'], ID),
    range: pick(raw['range'], rangeChoices),
    from: matching(raw['from'], DAY),
    to: matching(raw['to'], DAY),
    granularity: pick(raw['granularity'], granularities),
    tz,
    tab: tab === 'usage' ? undefined : tab,
  };
}
