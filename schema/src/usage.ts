/**
 * Usage against limits (DOMAIN.md "Usage, limits, analytics"; seeds 000 "Limits" and 003 ch.22): the
 * calendar periods a limit counts over, how a transaction's usage rolls up from methods into `hits`, which
 * limit a transaction would break, the tightest limit a response reports, and the utilization levels that
 * raise usage alerts. The usage endpoint (server), the mock store and the traffic simulator all decide
 * with these functions, so none of them can disagree on where a period starts or whether a call passes.
 *
 * Periods are calendar periods in UTC, as the anchor's backend (apisonator) counts them: a minute, hour,
 * day, month or year starts on its UTC boundary, a week on Monday 00:00 UTC, and eternity never ends.
 * Only UTC is computed here (the Date API's own UTC fields); analytics in a tenant's time zone is not.
 */

export const USAGE_PERIODS = ["MINUTE", "HOUR", "DAY", "WEEK", "MONTH", "YEAR", "ETERNITY"] as const;
export type UsagePeriod = (typeof USAGE_PERIODS)[number];

/** Where eternity starts (epoch milliseconds): a limit per eternity counts everything ever reported. */
export const ETERNITY_START_MS = 0;

const MINUTE_MS = 60_000;
const HOUR_MS = 60 * MINUTE_MS;
const DAY_MS = 24 * HOUR_MS;

/** The first instant of the calendar period (UTC) that holds `at`. */
export function periodStart(period: UsagePeriod, at: Date): Date {
  const t = at.getTime();
  if (Number.isNaN(t)) throw new RangeError("periodStart: an invalid date");
  switch (period) {
    case "MINUTE":
      return new Date(t - mod(t, MINUTE_MS));
    case "HOUR":
      return new Date(t - mod(t, HOUR_MS));
    case "DAY":
      return new Date(t - mod(t, DAY_MS));
    case "WEEK": {
      // getUTCDay: 0 is Sunday; Monday starts the week.
      const daysSinceMonday = (at.getUTCDay() + 6) % 7;
      return new Date(t - mod(t, DAY_MS) - daysSinceMonday * DAY_MS);
    }
    case "MONTH":
      return new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), 1));
    case "YEAR":
      return new Date(Date.UTC(at.getUTCFullYear(), 0, 1));
    case "ETERNITY":
      return new Date(ETERNITY_START_MS);
  }
}

/** The first instant after the period that holds `at` (when its counter resets); null for eternity. */
export function periodEnd(period: UsagePeriod, at: Date): Date | null {
  const start = periodStart(period, at);
  switch (period) {
    case "MINUTE":
      return new Date(start.getTime() + MINUTE_MS);
    case "HOUR":
      return new Date(start.getTime() + HOUR_MS);
    case "DAY":
      return new Date(start.getTime() + DAY_MS);
    case "WEEK":
      return new Date(start.getTime() + 7 * DAY_MS);
    case "MONTH":
      return new Date(Date.UTC(start.getUTCFullYear(), start.getUTCMonth() + 1, 1));
    case "YEAR":
      return new Date(Date.UTC(start.getUTCFullYear() + 1, 0, 1));
    case "ETERNITY":
      return null;
  }
}

/** A remainder that is never negative (instants before 1970 too). */
function mod(value: number, by: number): number {
  return ((value % by) + by) % by;
}

/** How far in the past a reported transaction may be dated: older ones are refused (issue 10). */
export const MAX_USAGE_AGE_MS = 24 * HOUR_MS;
/** How far ahead of the server's clock a transaction may be dated (clocks drift). */
export const MAX_USAGE_AHEAD_MS = HOUR_MS;

/** Why a transaction's timestamp is refused, or null when it is accepted (24 h past to 1 h ahead, inclusive). */
export function usageTimestampProblem(at: Date, now: Date): string | null {
  const t = at.getTime();
  if (Number.isNaN(t)) return "The timestamp is not a valid date.";
  if (t < now.getTime() - MAX_USAGE_AGE_MS) return "The timestamp is more than 24 hours in the past.";
  if (t > now.getTime() + MAX_USAGE_AHEAD_MS) return "The timestamp is more than 1 hour in the future.";
  return null;
}

/** The largest value one transaction may report for a metric: a counter stays a safe integer for ages. */
export const MAX_USAGE_VALUE = 1_000_000_000;

/** Usage by metric system name: how much one transaction reports (`{ hits: 1, search: 1 }`). */
export type Usage = Readonly<Record<string, number>>;

/** Why a metric's reported value is refused, or null: a whole number from 0 to MAX_USAGE_VALUE. */
export function usageValueProblem(value: unknown): string | null {
  if (typeof value !== "number" || !Number.isInteger(value)) return "A usage value is a whole number.";
  if (value < 0) return "A usage value cannot be negative.";
  if (value > MAX_USAGE_VALUE) return `A usage value is at most ${MAX_USAGE_VALUE.toLocaleString("en-US")}.`;
  return null;
}

/**
 * The usage a transaction counts: what it reports, plus, for each method, the same amount on its parent
 * metric (`hits`), up the chain. `parentOf` gives a metric's parent system name (null for a top-level
 * metric); a cycle is a defect of the catalog and throws.
 */
export function rollUpUsage(usage: Usage, parentOf: (metric: string) => string | null): Record<string, number> {
  // No prototype: a metric may be named `constructor` or `__proto__` (the catalog allows both).
  const counted: Record<string, number> = Object.create(null) as Record<string, number>;
  for (const [metric, value] of Object.entries(usage)) {
    const seen = new Set<string>();
    for (let at: string | null = metric; at !== null; at = parentOf(at)) {
      if (seen.has(at)) throw new Error(`rollUpUsage: metric "${at}" is its own ancestor`);
      seen.add(at);
      counted[at] = (counted[at] ?? 0) + value;
    }
  }
  return counted;
}

/** A usage limit of a plan with how much of it the current period has used. */
export interface LimitUsage {
  metric: string;
  period: UsagePeriod;
  /** The limit's value; 0 disables the metric (no access). */
  max: number;
  /** Counted so far in the period that holds the transaction. */
  current: number;
}

/**
 * The first limit the transaction breaks, or null when it passes, as the anchor decides (apisonator's
 * limits validator): with usage (already rolled up), each limit of a metric the transaction counts must
 * hold `current + usage ≤ max` — so a limit of 100 per minute lets the 100th call through and refuses
 * the 101st, and a disabled metric (max 0) refuses any use; limits of other metrics are not looked at.
 * Without usage (an authorize that reports nothing), every limit must hold `current ≤ max`. Limits are
 * tried from the shortest period, then in the order given.
 */
export function exceededLimit(limits: readonly LimitUsage[], usage: Usage | null): LimitUsage | null {
  const byPeriod = [...limits].sort((a, b) => USAGE_PERIODS.indexOf(a.period) - USAGE_PERIODS.indexOf(b.period));
  for (const limit of byPeriod) {
    if (usage === null) {
      if (limit.current > limit.max) return limit;
      continue;
    }
    if (!Object.hasOwn(usage, limit.metric)) continue;
    const adding = usage[limit.metric]!;
    if (limit.current + adding > limit.max) return limit;
  }
  return null;
}

/** The limit a response reports in its headers, as the anchor's (apisonator's LimitHeaders). */
export interface TightestLimit {
  limit: LimitUsage;
  /** How many more calls with the same usage the limit allows (0 when none). */
  remainingCalls: number;
  /** When its counter resets; null for eternity. */
  resetAt: Date | null;
}

/**
 * How many more calls like this one a limit allows: its allowance left divided by what the call uses of
 * its metric, rounded down; null when the call does not use the metric (the limit does not constrain it).
 * `current` is the count the response reports: after the call for an authrep, before it for an authorize,
 * whose usage is only predicted.
 */
export function remainingCalls(limit: LimitUsage, usage: Usage): number | null {
  const uses = Object.hasOwn(usage, limit.metric) ? usage[limit.metric]! : 0;
  if (limit.max - limit.current <= 0) return 0;
  return uses > 0 ? Math.floor((limit.max - limit.current) / uses) : null;
}

/**
 * The limit a response reports: the one that allows the fewest more calls like this one, and among
 * equals the one of the longer period (as the anchor); null when no limit constrains the call (no limits,
 * or none on a metric it uses).
 */
export function tightestLimit(limits: readonly LimitUsage[], usage: Usage, at: Date): TightestLimit | null {
  let tightest: { limit: LimitUsage; remainingCalls: number } | null = null;
  for (const limit of limits) {
    const calls = remainingCalls(limit, usage);
    if (calls === null) continue;
    if (
      tightest === null ||
      calls < tightest.remainingCalls ||
      (calls === tightest.remainingCalls && USAGE_PERIODS.indexOf(limit.period) > USAGE_PERIODS.indexOf(tightest.limit.period))
    ) {
      tightest = { limit, remainingCalls: calls };
    }
  }
  return tightest && { ...tightest, resetAt: periodEnd(tightest.limit.period, at) };
}

/** The utilization levels (% of a limit) that raise an alert, as the anchor's: below 100 an alert, from 100 a violation. */
export const ALERT_LEVELS = [50, 80, 90, 100, 120, 150, 200, 300] as const;
export type AlertLevel = (typeof ALERT_LEVELS)[number];
/** One alert per level per application in this time (the anchor's ALERT_TTL). */
export const ALERT_REPEAT_MS = 24 * HOUR_MS;

/**
 * How much of its most-used limit an application uses, in percent (current / max × 100), with that
 * limit; null when it has no limit above 0 (a disabled metric cannot be used, so it has no utilization).
 */
export function utilization(limits: readonly LimitUsage[]): { percent: number; limit: LimitUsage } | null {
  let most: { percent: number; limit: LimitUsage } | null = null;
  for (const limit of limits) {
    if (limit.max <= 0) continue;
    const percent = (limit.current / limit.max) * 100;
    if (most === null || percent > most.percent) most = { percent, limit };
  }
  return most;
}

/** The highest alert level a utilization has reached, or null below 50 %. */
export function alertLevel(percent: number): AlertLevel | null {
  let reached: AlertLevel | null = null;
  for (const level of ALERT_LEVELS) if (percent >= level) reached = level;
  return reached;
}

/** An alert below 100 %, a violation from 100 % (the notifications issue's two events). */
export function alertKind(level: AlertLevel): "ALERT" | "VIOLATION" {
  return level >= 100 ? "VIOLATION" : "ALERT";
}

/**
 * Whether a level is due for an application: it has not been raised for that level in the last 24 hours
 * (`lastRaisedAt`: when it last was, or null). A level is raised when reached, whatever the levels below.
 */
export function alertDue(lastRaisedAt: Date | null, now: Date): boolean {
  return lastRaisedAt === null || now.getTime() - lastRaisedAt.getTime() >= ALERT_REPEAT_MS;
}
