/**
 * Local calendar arithmetic in an IANA time zone with the platform's Intl API, done the way PostgreSQL
 * does it for the server's analytics (server/src/modules/usage/analytics.service.ts computes buckets and
 * presets in SQL with PostgreSQL's time zone database):
 *
 * - a wall-clock time is kept as "local milliseconds": the local date and time read as if they were UTC;
 * - `date_trunc('hour', t, zone)` keeps the offset of `t` (PostgreSQL re-derives the offset only for
 *   units of a day and more), so in India (+05:30) local hours start at half past a UTC hour;
 * - a local time turned into an instant (`timestamp AT TIME ZONE zone`, and `date_trunc` by day or
 *   month) takes the offset in force before a transition when the time falls in a spring-forward gap,
 *   and the one after it when it falls twice in a fall-back overlap (PostgreSQL's
 *   DetermineTimeZoneOffset): Europe/Madrid's 2026-03-29 02:30 is 01:30 UTC, its 2026-10-25 02:30 is
 *   01:30 UTC as well.
 */

export const HOUR_MS = 3_600_000;
export const DAY_MS = 24 * HOUR_MS;

/** Whether a time zone is one the server knows (its `isTimeZone`: IANA names and `UTC`, any case, at most 64 characters). */
export { isTimeZone } from '@gatehouse/schema/time-zones';

const formats = new Map<string, Intl.DateTimeFormat>();

function formatOf(zone: string): Intl.DateTimeFormat {
  let format = formats.get(zone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone: zone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(zone, format);
  }
  return format;
}

/** The local date and time at an instant, as local milliseconds (whole seconds: zones have no finer offsets). */
export function toLocal(zone: string, at: number): number {
  const fields: Record<string, string> = {};
  for (const part of formatOf(zone).formatToParts(new Date(at))) fields[part.type] = part.value;
  const wall = Date.UTC(Number(fields['year']), Number(fields['month']) - 1, Number(fields['day']), Number(fields['hour']), Number(fields['minute']), Number(fields['second']));
  return wall + (((at % 1000) + 1000) % 1000);
}

/** The zone's offset from UTC at an instant, in milliseconds (local = instant + offset). */
export function offsetAt(zone: string, at: number): number {
  return toLocal(zone, at) - at;
}

/**
 * The instant of a local date and time (PostgreSQL's `timestamp AT TIME ZONE zone`): in a gap, the
 * offset before the transition; in an overlap, the offset after it. Zones change their offset at most
 * once in two days, so the offsets a day either side tell which transition is near, if any.
 */
export function fromLocal(zone: string, local: number): number {
  const before = offsetAt(zone, local - DAY_MS);
  const after = offsetAt(zone, local + DAY_MS);
  if (before === after) return local - before;
  // The transition: the first instant whose offset is `after` (to the second).
  let low = local - DAY_MS;
  let high = local + DAY_MS;
  while (high - low > 1000) {
    const middle = low + Math.floor((high - low) / 2000) * 1000;
    if (offsetAt(zone, middle) === before) low = middle;
    else high = middle;
  }
  const boundary = high;
  const asBefore = local - before;
  const asAfter = local - after;
  if (asBefore < boundary && asAfter < boundary) return asBefore;
  if (asBefore >= boundary && asAfter >= boundary) return asAfter;
  // In a gap (spring forward) both readings cross the boundary the other way round: keep "before".
  return asBefore > asAfter ? asBefore : asAfter;
}

export type LocalUnit = 'hour' | 'day' | 'month';

/** The local midnight (or first of the month) at or before local milliseconds, as local milliseconds. */
export function truncateLocal(unit: 'day' | 'month', local: number): number {
  const date = new Date(local);
  return unit === 'day' ? Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()) : Date.UTC(date.getUTCFullYear(), date.getUTCMonth(), 1);
}

/** Local milliseconds moved by whole days or months on the calendar (`timestamp + n * interval '1 day'`). */
export function addLocal(unit: 'day' | 'month', local: number, n: number): number {
  if (unit === 'day') return local + n * DAY_MS;
  const date = new Date(local);
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + n, date.getUTCDate(), date.getUTCHours(), date.getUTCMinutes(), date.getUTCSeconds(), date.getUTCMilliseconds());
}

/**
 * Where the local hour, day or month that holds an instant starts (PostgreSQL's `date_trunc(unit, t,
 * zone)`): an hour keeps the instant's offset; a day or a month starts at its local midnight.
 */
export function startOfLocal(unit: LocalUnit, zone: string, at: number): number {
  const local = toLocal(zone, at);
  if (unit === 'hour') return at - (((local % HOUR_MS) + HOUR_MS) % HOUR_MS);
  return fromLocal(zone, truncateLocal(unit, local));
}
