import { isTimeZone } from "@gatehouse/schema/time-zones";
import { periodStart } from "@gatehouse/schema/usage";
import { type SQL, sql } from "drizzle-orm";
import type { Actor } from "../../auth/actor.js";
import { type Executor, rowsOf } from "../../db/client.js";
import {
  type CalendarPeriod,
  calendarPeriodFor,
  type Granularity,
  PRESET_SPANS,
  previousRange,
  type RangePreset,
  rangeProblem,
} from "./analytics-range.js";

/**
 * Analytics (issue 10): series, top applications, response codes, utilization and potential upgrades,
 * read from the rollups and counters the usage endpoint writes, never from raw events. Buckets are
 * local to the viewer's time zone: days and months start at local midnight (PostgreSQL's time zone
 * database, DST included); sources are the hourly rows, or the daily and monthly ones when the zone is
 * UTC and the range starts and ends on their boundaries. Hourly rows are UTC hours, so in a zone whose
 * offset is not whole hours (India, +05:30) a local day is counted from the UTC hours that start in it.
 */

export type AnalyticsErrorCode = "INVALID_RANGE" | "RANGE_TOO_LONG" | "INVALID_TIME_ZONE" | "NOT_FOUND" | "INVALID_TARGET";
export class AnalyticsRefusal extends Error {
  constructor(
    readonly code: AnalyticsErrorCode,
    message: string,
    readonly field: string[],
  ) {
    super(message);
  }
}

export interface RangeArgs {
  preset?: RangePreset | null;
  since?: Date | null;
  until?: Date | null;
}

export interface ResolvedRange {
  since: Date;
  until: Date;
  timeZone: string;
  granularity: Granularity;
}

const UNIT: Record<Granularity, "hour" | "day" | "month"> = { HOUR: "hour", DAY: "day", MONTH: "month" };

const toDate = (value: unknown) => (value instanceof Date ? value : new Date(String(value)));
const toNumber = (value: unknown) => (value === null || value === undefined ? 0 : Number(value));

/** Checks the zone and works a preset out in it (one statement), or checks a custom range. */
export async function resolveRange(tx: Executor, range: RangeArgs, granularity: Granularity | null | undefined, timeZone: string, now = new Date()): Promise<ResolvedRange> {
  if (!isTimeZone(timeZone)) throw new AnalyticsRefusal("INVALID_TIME_ZONE", `"${timeZone}" is not a time zone; use an IANA name such as Europe/Madrid, or UTC.`, ["timeZone"]);
  const given = (range.preset ? 1 : 0) + (range.since || range.until ? 1 : 0);
  if (given !== 1 || (!range.preset && (!range.since || !range.until))) {
    throw new AnalyticsRefusal("INVALID_RANGE", "Give either a preset or both since and until.", ["range"]);
  }
  if (range.preset) {
    const span = PRESET_SPANS[range.preset];
    const step = sql.raw(`interval '1 ${span.unit}'`);
    const [row] = rowsOf<{ since: unknown; until: unknown }>(
      await tx.execute(
        span.unit === "hour"
          ? sql`select date_trunc('hour', ${now.toISOString()}::timestamptz, ${timeZone}) - ${span.count - 1} * ${step} as since,
                       date_trunc('hour', ${now.toISOString()}::timestamptz, ${timeZone}) + ${step} as until`
          : sql`select (date_trunc(${span.unit}, ${now.toISOString()}::timestamptz at time zone ${timeZone}) - ${span.count - 1} * ${step}) at time zone ${timeZone} as since,
                       (date_trunc(${span.unit}, ${now.toISOString()}::timestamptz at time zone ${timeZone}) + ${step}) at time zone ${timeZone} as until`,
      ),
    );
    return { since: toDate(row!.since), until: toDate(row!.until), timeZone, granularity: granularity ?? span.granularity };
  }
  const since = range.since!;
  const until = range.until!;
  const g = granularity ?? "DAY";
  const problem = rangeProblem(since, until, g);
  if (problem) throw new AnalyticsRefusal(problem.includes("series covers at most") ? "RANGE_TOO_LONG" : "INVALID_RANGE", problem, ["range"]);
  return { since, until, timeZone, granularity: g };
}

/** Where a series of one target is read from. */
export interface SeriesSource {
  table: "service_usage" | "account_usage" | "usage_counters";
  owner: "service_id" | "account_id" | "application_id";
  ownerId: string;
  metricId: string;
}
const GRANULARITY_COLUMN = { service_usage: "granularity", account_usage: "granularity", usage_counters: "period" } as const;

/** The hourly rows, or the daily or monthly ones when buckets in UTC line up with them. */
function sourceGranularity(range: ResolvedRange): Granularity {
  if (range.granularity === "HOUR" || range.timeZone !== "UTC") return "HOUR";
  const aligned = (at: Date) => periodStart(range.granularity, at).getTime() === at.getTime();
  return aligned(range.since) && aligned(range.until) ? range.granularity : "HOUR";
}

/** The buckets of the range: instants where each local hour, day or month starts. */
function buckets(range: ResolvedRange): SQL {
  const since = range.since.toISOString();
  const last = new Date(range.until.getTime() - 1).toISOString();
  if (range.granularity === "HOUR") {
    return sql`select s as start from generate_series(date_trunc('hour', ${since}::timestamptz, ${range.timeZone}), ${last}::timestamptz, interval '1 hour') s`;
  }
  const unit = UNIT[range.granularity];
  return sql`select (l at time zone ${range.timeZone}) as start from generate_series(
    date_trunc(${unit}, ${since}::timestamptz at time zone ${range.timeZone}),
    date_trunc(${unit}, ${last}::timestamptz at time zone ${range.timeZone}),
    ${sql.raw(`interval '1 ${unit}'`)}) l`;
}

export interface Series {
  since: Date;
  until: Date;
  timeZone: string;
  granularity: Granularity;
  points: { start: Date; value: number }[];
  total: number;
  previousTotal: number;
}

/** A target's usage of a metric per bucket, its total, and the total of the period before (one statement). */
export async function usageSeries(tx: Executor, source: SeriesSource, range: ResolvedRange): Promise<Series> {
  const previous = previousRange(range.since, range.until);
  const table = sql.identifier(source.table);
  const rows = rowsOf<{ start: unknown; value: unknown; total: unknown; previous: unknown }>(
    await tx.execute(sql`
      with buckets as (${buckets(range)}),
      rows as (
        select period_start, value from ${table}
        where ${sql.identifier(source.owner)} = ${source.ownerId} and metric_id = ${source.metricId}
          and ${sql.identifier(GRANULARITY_COLUMN[source.table])} = ${sourceGranularity(range)}
          and period_start >= ${previous.since.toISOString()}::timestamptz and period_start < ${range.until.toISOString()}::timestamptz
      ),
      points as (
        select date_trunc(${UNIT[range.granularity]}, period_start, ${range.timeZone}) as start, sum(value) as value
        from rows where period_start >= ${range.since.toISOString()}::timestamptz group by 1
      )
      select b.start, coalesce(p.value, 0) as value,
        (select coalesce(sum(value), 0) from rows where period_start >= ${range.since.toISOString()}::timestamptz) as total,
        (select coalesce(sum(value), 0) from rows where period_start < ${range.since.toISOString()}::timestamptz) as previous
      from buckets b left join points p on p.start = b.start
      order by b.start
    `),
  );
  const total = toNumber(rows[0]?.total);
  return {
    ...range,
    // No data for the selected period: an empty series.
    points: total === 0 ? [] : rows.map((r) => ({ start: toDate(r.start), value: toNumber(r.value) })),
    total,
    previousTotal: toNumber(rows[0]?.previous),
  };
}

export interface TopApplications {
  calendarPeriod: CalendarPeriod;
  periodStart: Date;
  applications: { applicationId: string; periodValue: number; value: number }[];
}

/**
 * The applications of a metric that used most in the calendar period that best fits the range (003
 * ch.34: day, week, month or year, UTC), with their usage over the range itself.
 */
export async function topApplications(tx: Executor, actor: Actor, metricId: string, range: ResolvedRange, limit: number): Promise<TopApplications> {
  const calendarPeriod = calendarPeriodFor(range.since, range.until, (p, at) => periodStart(p, at));
  const start = periodStart(calendarPeriod, new Date(range.until.getTime() - 1));
  // Range sums from hourly counters up to 90 days, from daily ones (UTC days) beyond.
  const sumPeriod = range.until.getTime() - range.since.getTime() <= 90 * 24 * 3600_000 ? "HOUR" : "DAY";
  const rows = rowsOf<{ application_id: string; period_value: unknown; value: unknown }>(
    await tx.execute(sql`
      with ranked as (
        select application_id, value as period_value from usage_counters
        where metric_id = ${metricId} and period = ${calendarPeriod} and period_start = ${start.toISOString()}::timestamptz and tenant_id = ${actor.tenantId}
        order by value desc, application_id
        limit ${limit}
      )
      select r.application_id, r.period_value,
        coalesce((select sum(c.value) from usage_counters c
                  where c.application_id = r.application_id and c.metric_id = ${metricId} and c.period = ${sumPeriod}
                    and c.period_start >= ${range.since.toISOString()}::timestamptz and c.period_start < ${range.until.toISOString()}::timestamptz), 0) as value
      from ranked r order by r.period_value desc, r.application_id
    `),
  );
  return {
    calendarPeriod,
    periodStart: start,
    applications: rows.map((r) => ({ applicationId: r.application_id, periodValue: toNumber(r.period_value), value: toNumber(r.value) })),
  };
}

export interface ResponseCodeSeries {
  since: Date;
  until: Date;
  timeZone: string;
  granularity: Granularity;
  points: { start: Date; counts: [number, number, number, number, number] }[];
  codes: { code: number; count: number }[];
}

/** Upstream response codes of a product, or of one of its applications, per bucket and class (1xx … 5xx). */
export async function responseCodeSeries(tx: Executor, serviceId: string, applicationId: string | null, range: ResolvedRange): Promise<ResponseCodeSeries> {
  const rows = rowsOf<{ start: unknown; class: number | null; count: unknown }>(
    await tx.execute(sql`
      with buckets as (${buckets(range)}),
      rows as (
        select date_trunc(${UNIT[range.granularity]}, period_start, ${range.timeZone}) as start, code, count from usage_response_codes
        where service_id = ${serviceId} and ${applicationId === null ? sql`application_id is null` : sql`application_id = ${applicationId}`}
          and granularity = ${sourceGranularity(range)}
          and period_start >= ${range.since.toISOString()}::timestamptz and period_start < ${range.until.toISOString()}::timestamptz
      )
      select b.start, r.code / 100 as class, sum(r.count) as count
      from buckets b left join rows r on r.start = b.start
      group by b.start, r.code / 100
      order by b.start
    `),
  );
  const codes = rowsOf<{ code: number; count: unknown }>(
    await tx.execute(sql`
      select code, sum(count) as count from usage_response_codes
      where service_id = ${serviceId} and ${applicationId === null ? sql`application_id is null` : sql`application_id = ${applicationId}`}
        and granularity = ${sourceGranularity(range)}
        and period_start >= ${range.since.toISOString()}::timestamptz and period_start < ${range.until.toISOString()}::timestamptz
      group by code order by code
    `),
  );
  const points = new Map<number, { start: Date; counts: [number, number, number, number, number] }>();
  for (const r of rows) {
    const start = toDate(r.start);
    let point = points.get(start.getTime());
    if (!point) points.set(start.getTime(), (point = { start, counts: [0, 0, 0, 0, 0] }));
    const index = r.class === null ? -1 : Number(r.class) - 1;
    if (index >= 0 && index < 5) point.counts[index] = point.counts[index]! + toNumber(r.count);
  }
  const total = codes.reduce((sum, c) => sum + toNumber(c.count), 0);
  return { ...range, points: total === 0 ? [] : [...points.values()], codes: codes.map((c) => ({ code: Number(c.code), count: toNumber(c.count) })) };
}

export interface LimitUtilization {
  metricId: string;
  period: string;
  max: number;
  current: number;
  periodStart: Date;
}

/** An application's current count against every limit of its plan (one statement). */
export async function applicationUtilization(tx: Executor, applicationId: string, planId: string, now = new Date()): Promise<LimitUtilization[]> {
  const rows = rowsOf<{ metric_id: string; period: string; max: unknown; current: unknown; period_start: unknown }>(
    await tx.execute(sql`
      select l.metric_id, l.period, l.value as max, coalesce(c.value, 0) as current, gatehouse_period_start(l.period, ${now.toISOString()}::timestamptz) as period_start
      from usage_limits l
      left join usage_counters c on c.application_id = ${applicationId} and c.metric_id = l.metric_id and c.period = l.period
        and c.period_start = gatehouse_period_start(l.period, ${now.toISOString()}::timestamptz)
      where l.plan_id = ${planId}
      order by array_position(array['MINUTE','HOUR','DAY','WEEK','MONTH','YEAR','ETERNITY'], l.period), l.metric_id
    `),
  );
  return rows.map((r) => ({ metricId: r.metric_id, period: r.period, max: toNumber(r.max), current: toNumber(r.current), periodStart: toDate(r.period_start) }));
}

export interface PotentialUpgrade extends LimitUtilization {
  applicationId: string;
  percent: number;
}

/**
 * Applications at or over 80 % of a limit in its current period (the dashboard's potential upgrades,
 * 003 §4.4), each with its most-used limit, most used first.
 */
export async function potentialUpgrades(tx: Executor, actor: Actor, limit: number, now = new Date()): Promise<PotentialUpgrade[]> {
  const rows = rowsOf<{ application_id: string; metric_id: string; period: string; max: unknown; current: unknown; period_start: unknown; percent: unknown }>(
    await tx.execute(sql`
      select * from (
        select distinct on (a.id) a.id as application_id, l.metric_id, l.period, l.value as max, c.value as current, c.period_start,
          (c.value * 100.0 / l.value) as percent
        from usage_counters c
        join applications a on a.id = c.application_id
        join usage_limits l on l.plan_id = a.plan_id and l.metric_id = c.metric_id and l.period = c.period
        where c.tenant_id = ${actor.tenantId} and a.tenant_id = ${actor.tenantId} and c.period <> 'ETERNITY'
          and c.period_start = gatehouse_period_start(c.period, ${now.toISOString()}::timestamptz)
          and l.value > 0 and c.value * 100 >= 80 * l.value
        order by a.id, percent desc
      ) most
      order by percent desc, application_id
      limit ${limit}
    `),
  );
  return rows.map((r) => ({
    applicationId: r.application_id,
    metricId: r.metric_id,
    period: r.period,
    max: toNumber(r.max),
    current: toNumber(r.current),
    periodStart: toDate(r.period_start),
    percent: Math.round(toNumber(r.percent) * 10) / 10,
  }));
}

export interface SignupSeries {
  points: { start: Date; value: number }[];
  total: number;
  previousTotal: number;
}

/** Developer accounts created per bucket of the range (the dashboard's signups). */
export async function signupSeries(tx: Executor, actor: Actor, range: ResolvedRange): Promise<SignupSeries> {
  const previous = previousRange(range.since, range.until);
  const rows = rowsOf<{ start: unknown; value: unknown; total: unknown; previous: unknown }>(
    await tx.execute(sql`
      with buckets as (${buckets(range)}),
      created as (
        select created_at from accounts
        where tenant_id = ${actor.tenantId} and created_at >= ${previous.since.toISOString()}::timestamptz and created_at < ${range.until.toISOString()}::timestamptz
      ),
      points as (
        select date_trunc(${UNIT[range.granularity]}, created_at, ${range.timeZone}) as start, count(*) as value
        from created where created_at >= ${range.since.toISOString()}::timestamptz group by 1
      )
      select b.start, coalesce(p.value, 0) as value,
        (select count(*) from created where created_at >= ${range.since.toISOString()}::timestamptz) as total,
        (select count(*) from created where created_at < ${range.since.toISOString()}::timestamptz) as previous
      from buckets b left join points p on p.start = b.start
      order by b.start
    `),
  );
  return {
    points: rows.map((r) => ({ start: toDate(r.start), value: toNumber(r.value) })),
    total: toNumber(rows[0]?.total),
    previousTotal: toNumber(rows[0]?.previous),
  };
}

export interface EngagementRow {
  accountId: string;
  signedUpAt: Date;
  firstHalf: number;
  secondHalf: number;
}

export interface Engagement {
  since: Date;
  middle: Date;
  until: Date;
  rows: EngagementRow[];
}

/** Most accounts one engagement report covers. */
export const MAX_ENGAGEMENT_ACCOUNTS = 5000;

/**
 * The accounts that signed up in the last `days` days (on the plan, when given: their account plan or
 * an application's plan), with their calls (`hits` of every product) in each half of that window (003 ch.32),
 * from the daily rollups.
 */
export async function engagement(tx: Executor, actor: Actor, days: number, planId: string | null, now = new Date()): Promise<Engagement> {
  const until = now;
  const since = new Date(now.getTime() - days * 24 * 3600_000);
  // Calls are summed from the daily rollups (UTC days): the halves split at a UTC midnight.
  const middle = periodStart("DAY", new Date((since.getTime() + until.getTime()) / 2));
  const rows = rowsOf<{ account_id: string; created_at: unknown; first_half: unknown; second_half: unknown }>(
    await tx.execute(sql`
      with cohort as (
        select a.id, a.created_at from accounts a
        where a.tenant_id = ${actor.tenantId} and a.created_at >= ${since.toISOString()}::timestamptz and a.created_at <= ${until.toISOString()}::timestamptz
          ${
            planId === null
              ? sql``
              : sql`and (a.plan_id = ${planId} or exists (select 1 from applications ap where ap.tenant_id = ${actor.tenantId} and ap.account_id = a.id and ap.plan_id = ${planId}))`
          }
        order by a.created_at, a.id
        limit ${MAX_ENGAGEMENT_ACCOUNTS}
      )
      select c.id as account_id, c.created_at,
        coalesce(sum(u.value) filter (where u.period_start < ${middle.toISOString()}::timestamptz), 0) as first_half,
        coalesce(sum(u.value) filter (where u.period_start >= ${middle.toISOString()}::timestamptz), 0) as second_half
      from cohort c
      left join account_usage u on u.account_id = c.id and u.granularity = 'DAY'
        and u.period_start >= ${periodStart("DAY", since).toISOString()}::timestamptz and u.period_start < ${until.toISOString()}::timestamptz
        and u.metric_id in (select m.id from metrics m where m.tenant_id = ${actor.tenantId} and m.parent_id is null and m.system_name = 'hits')
      group by c.id, c.created_at
      order by c.created_at, c.id
    `),
  );
  return {
    since,
    middle,
    until,
    rows: rows.map((r) => ({ accountId: r.account_id, signedUpAt: toDate(r.created_at), firstHalf: toNumber(r.first_half), secondHalf: toNumber(r.second_half) })),
  };
}
