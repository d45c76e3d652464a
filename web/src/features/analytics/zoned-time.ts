import type { UsageGranularity } from '../../gql/graphql';
import { UTC } from './analytics-search';

/**
 * Wall-clock time in an IANA time zone, with the browser's time zone database (Intl): analytics buckets
 * start at local hours, midnights and first days of months in the zone the admin chose (UTC unless
 * they chose another), whatever zone the browser itself is in.
 */

export { UTC };

interface WallClock {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function wallClockFormat(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) {
    // h23: midnight is 00, never 24 (some engines' `hour12: false` says 24).
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formatters.set(timeZone, format);
  }
  return format;
}

function wallClock(instant: Date, timeZone: string): WallClock {
  const parts: Record<string, number> = {};
  for (const part of wallClockFormat(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') parts[part.type] = Number(part.value);
  }
  return {
    year: parts['year'] ?? 0,
    month: parts['month'] ?? 1,
    day: parts['day'] ?? 1,
    hour: parts['hour'] ?? 0,
    minute: parts['minute'] ?? 0,
    second: parts['second'] ?? 0,
  };
}

/** The zone the browser runs in, e.g. Europe/Madrid. */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || UTC;
}

/** Every zone the browser knows, UTC first. */
export { timeZoneNames } from '@gatehouse/schema/time-zones';

/** Minutes the zone is ahead of UTC at an instant (+60 for Madrid in winter, +120 in summer). */
export function offsetMinutes(instant: Date, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  const asUtc = Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second);
  const wholeSeconds = Math.floor(instant.getTime() / 1000) * 1000;
  return Math.round((asUtc - wholeSeconds) / 60_000);
}

const pad = (value: number, width = 2) => String(Math.abs(value)).padStart(width, '0');

function formatOffset(minutes: number): string {
  return `${minutes < 0 ? '-' : '+'}${pad(Math.trunc(Math.abs(minutes) / 60))}:${pad(Math.abs(minutes) % 60)}`;
}

const localDate = (wall: WallClock) => `${pad(wall.year, 4)}-${pad(wall.month)}-${pad(wall.day)}`;
const localTime = (wall: WallClock) => `${pad(wall.hour)}:${pad(wall.minute)}`;

/**
 * An instant as local ISO 8601 text in the zone, with the zone's offset then:
 * `2026-03-29T00:00:00+01:00` (what the CSV downloads carry; UTC is `+00:00`).
 */
export function localIsoWithOffset(value: string | Date, timeZone: string): string {
  const instant = new Date(value);
  const wall = wallClock(instant, timeZone);
  return `${localDate(wall)}T${localTime(wall)}:${pad(wall.second)}${formatOffset(offsetMinutes(instant, timeZone))}`;
}

/** The local calendar day of an instant in the zone, `YYYY-MM-DD`. */
export function localDay(value: string | Date, timeZone: string): string {
  return localDate(wallClock(new Date(value), timeZone));
}

/**
 * The instant a local calendar day (`YYYY-MM-DD`) starts in the zone: what a custom range of whole days
 * starts (and ends) at. The offset is looked up twice, as it may differ on either side of a DST change.
 */
export function startOfLocalDay(day: string, timeZone: string): Date {
  const [year = 2000, month = 1, date = 1] = day.split('-').map(Number);
  const wall = Date.UTC(year, month - 1, date);
  const guess = wall - offsetMinutes(new Date(wall), timeZone) * 60_000;
  return new Date(wall - offsetMinutes(new Date(guess), timeZone) * 60_000);
}

/** The day after a `YYYY-MM-DD` day, as plain calendar arithmetic. */
export function nextDay(day: string): string {
  const [year = 2000, month = 1, date = 1] = day.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** Where a bucket starts, as its table row and tooltip name it: `2026-03-29 14:00`, `2026-03-29`, `2026-03`. */
export function bucketLabel(start: string, granularity: UsageGranularity, timeZone: string): string {
  const wall = wallClock(new Date(start), timeZone);
  if (granularity === 'HOUR') return `${localDate(wall)} ${localTime(wall)}`;
  if (granularity === 'DAY') return localDate(wall);
  return `${pad(wall.year, 4)}-${pad(wall.month)}`;
}

/** A shorter name for a chart's axis: `14:00`, `03-29`, `2026-03`. */
export function axisLabel(start: string, granularity: UsageGranularity, timeZone: string): string {
  const wall = wallClock(new Date(start), timeZone);
  if (granularity === 'HOUR') return localTime(wall);
  if (granularity === 'DAY') return `${pad(wall.month)}-${pad(wall.day)}`;
  return `${pad(wall.year, 4)}-${pad(wall.month)}`;
}

/** An instant as the admin reads it in the zone: `2026-03-29 14:05`. */
export function formatInZone(value: string, timeZone: string): string {
  const wall = wallClock(new Date(value), timeZone);
  return `${localDate(wall)} ${localTime(wall)}`;
}
