/**
 * The time ranges of analytics (issue 10, 003 §31.3 and ch.34): presets in the viewer's time zone, custom
 * ranges, how long a range each granularity may cover, the previous period a total is compared with, and
 * the calendar period top applications are ranked by. Local calendar arithmetic (midnights, first days of
 * months, DST) is done in SQL with PostgreSQL's time zone database; here only what is plain arithmetic.
 */

export const RANGE_PRESETS = ["LAST_24_HOURS", "LAST_7_DAYS", "LAST_30_DAYS", "LAST_12_MONTHS"] as const;
export type RangePreset = (typeof RANGE_PRESETS)[number];
export const GRANULARITIES = ["HOUR", "DAY", "MONTH"] as const;
export type Granularity = (typeof GRANULARITIES)[number];

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

/** The longest range of each granularity (as the anchor: hourly series up to 90 days). */
export const MAX_RANGE_MS: Record<Granularity, number> = { HOUR: 90 * DAY_MS, DAY: 3 * 366 * DAY_MS, MONTH: 10 * 366 * DAY_MS };
/** The earliest instant a custom range may start at. */
export const EARLIEST_ANALYTICS = new Date(Date.UTC(2000, 0, 1));

/** How a preset is counted back from now, in local calendar units (the current unit included). */
export const PRESET_SPANS: Record<RangePreset, { unit: "hour" | "day" | "month"; count: number; granularity: Granularity }> = {
  LAST_24_HOURS: { unit: "hour", count: 24, granularity: "HOUR" },
  LAST_7_DAYS: { unit: "day", count: 7, granularity: "DAY" },
  LAST_30_DAYS: { unit: "day", count: 30, granularity: "DAY" },
  LAST_12_MONTHS: { unit: "month", count: 12, granularity: "MONTH" },
};

/** Why a custom range or its granularity is refused, or null. */
export function rangeProblem(since: Date, until: Date, granularity: Granularity): string | null {
  if (Number.isNaN(since.getTime()) || Number.isNaN(until.getTime())) return "The range needs valid dates.";
  if (since.getTime() >= until.getTime()) return "The range must end after it starts.";
  if (since.getTime() < EARLIEST_ANALYTICS.getTime()) return "The range cannot start before 2000.";
  if (until.getTime() - since.getTime() > MAX_RANGE_MS[granularity]) {
    const most = { HOUR: "90 days", DAY: "3 years", MONTH: "10 years" }[granularity];
    return `${{ HOUR: "An hourly", DAY: "A daily", MONTH: "A monthly" }[granularity]} series covers at most ${most}; choose a coarser granularity or a shorter range.`;
  }
  return null;
}

/** The period of the same length right before the range: what a total is compared with. */
export function previousRange(since: Date, until: Date): { since: Date; until: Date } {
  return { since: new Date(2 * since.getTime() - until.getTime()), until: since };
}

export const CALENDAR_PERIODS = ["DAY", "WEEK", "MONTH", "YEAR"] as const;
export type CalendarPeriod = (typeof CALENDAR_PERIODS)[number];

/**
 * The calendar period (UTC, as the counters) top applications are ranked by (003 ch.34): the shortest of
 * day, week, month and year that holds the whole range; a range that crosses a year's end is ranked by
 * the year it ends in.
 */
export function calendarPeriodFor(since: Date, until: Date, startOf: (period: CalendarPeriod, at: Date) => Date): CalendarPeriod {
  const last = new Date(until.getTime() - 1);
  for (const period of CALENDAR_PERIODS) {
    if (startOf(period, since).getTime() === startOf(period, last).getTime()) return period;
  }
  return "YEAR";
}
