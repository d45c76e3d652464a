import type { CalendarPeriod, UsageAlertKind, UsagePeriod } from '../../gql/graphql';

const counts = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** A count as the API gives it (a Decimal string of a whole number, or an Int): `12,345`. */
export function formatCount(value: string | number): string {
  const number = typeof value === 'number' ? value : Number(value);
  return Number.isFinite(number) ? counts.format(number) : String(value);
}

/** A change in percent with its sign, `+12.5 %` or `−3 %`; null when there is nothing to compare with. */
export function formatChange(percent: number | null | undefined): string | null {
  if (percent === null || percent === undefined) return null;
  const rounded = Math.round(percent * 10) / 10;
  if (rounded === 0) return '±0 %';
  return `${rounded > 0 ? '+' : '−'}${counts.format(Math.abs(rounded))} %`;
}

/** Green up, red down, grey level: the colour of a change. */
export function changeColor(percent: number | null | undefined): string {
  if (!percent) return 'gray';
  return percent > 0 ? 'teal' : 'red';
}

/** A limit's period as words: "per day", "in all time". */
export const perPeriod: Record<UsagePeriod, string> = {
  MINUTE: 'per minute',
  HOUR: 'per hour',
  DAY: 'per day',
  WEEK: 'per week',
  MONTH: 'per month',
  YEAR: 'per year',
  ETERNITY: 'in all time',
};

export const periodLabels: Record<UsagePeriod, string> = {
  MINUTE: 'Minute',
  HOUR: 'Hour',
  DAY: 'Day',
  WEEK: 'Week',
  MONTH: 'Month',
  YEAR: 'Year',
  ETERNITY: 'Eternity',
};

/** The UTC calendar period top applications were ranked by, in words: "the UTC week". */
export const calendarPeriodWords: Record<CalendarPeriod, string> = {
  DAY: 'the UTC day',
  WEEK: 'the UTC week (from Monday)',
  MONTH: 'the UTC month',
  YEAR: 'the UTC year',
};

export const alertKindLabels: Record<UsageAlertKind, string> = { ALERT: 'Alert', VIOLATION: 'Violation' };

/** A limit's use as a colour: fine, getting close, at or over it. */
export function utilizationColor(percent: number | null | undefined): string {
  if (percent === null || percent === undefined) return 'gray';
  if (percent >= 100) return 'red';
  if (percent >= 80) return 'orange';
  return 'teal';
}
