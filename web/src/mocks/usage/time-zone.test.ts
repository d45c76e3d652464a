// @vitest-environment node
import { describe, expect, it } from 'vitest';
import { bucketsOf, calendarPeriodFor, presetRange, previousRange, rangeProblem, sourceGranularity } from './analytics-range';
import { fromLocal, isTimeZone, startOfLocal } from './time-zone';

/**
 * The calendar arithmetic of analytics, as PostgreSQL does it for the server (checked against it for
 * 14 zones, DST gaps and overlaps, half-hour and 45-minute offsets, over 2000–2030, when written).
 */
const at = (iso: string) => Date.parse(iso);
const iso = (ms: number) => new Date(ms).toISOString();
const local = (wall: string) => Date.parse(`${wall}Z`);

describe('local days and months in a time zone', () => {
  it('gives Europe/Madrid local days of 24, 23 and 24 hours around 2026-03-29', () => {
    const starts = bucketsOf({ since: at('2026-03-27T23:00:00Z'), until: at('2026-03-30T22:00:00Z'), timeZone: 'Europe/Madrid', granularity: 'DAY' });
    expect(starts.map(iso)).toEqual(['2026-03-27T23:00:00.000Z', '2026-03-28T23:00:00.000Z', '2026-03-29T22:00:00.000Z']);
    const hours = [...starts, at('2026-03-30T22:00:00Z')].slice(1).map((end, i) => (end - starts[i]!) / 3_600_000);
    expect(hours).toEqual([24, 23, 24]);
    // And 25 hours on the day summer time ends.
    const autumn = bucketsOf({ since: at('2026-10-24T22:00:00Z'), until: at('2026-10-26T23:00:00Z'), timeZone: 'Europe/Madrid', granularity: 'DAY' });
    expect(autumn.map(iso)).toEqual(['2026-10-24T22:00:00.000Z', '2026-10-25T23:00:00.000Z']);
  });

  it('reads a local time in a spring-forward gap with the offset before it, one in a fall-back overlap with the offset after it', () => {
    expect(iso(fromLocal('Europe/Madrid', local('2026-03-29T02:30:00')))).toBe('2026-03-29T01:30:00.000Z');
    expect(iso(fromLocal('Europe/Madrid', local('2026-10-25T02:30:00')))).toBe('2026-10-25T01:30:00.000Z');
    // Santiago springs forward at midnight: its 6 September has no midnight, the day starts at 00:00 of the old offset.
    expect(iso(fromLocal('America/Santiago', local('2026-09-06T00:00:00')))).toBe('2026-09-06T04:00:00.000Z');
    expect(iso(startOfLocal('day', 'America/Santiago', at('2026-09-06T05:00:00Z')))).toBe('2026-09-06T04:00:00.000Z');
    // Havana falls back at 01:00: its 1 November starts twice, the later reading counts.
    expect(iso(startOfLocal('day', 'America/Havana', at('2026-11-01T04:30:00Z')))).toBe('2026-11-01T05:00:00.000Z');
  });

  it('starts hours at half past a UTC hour in India, and keeps an instant’s offset when truncating to the hour', () => {
    expect(iso(startOfLocal('hour', 'Asia/Kolkata', at('2026-03-29T10:10:00Z')))).toBe('2026-03-29T09:30:00.000Z');
    expect(iso(startOfLocal('day', 'Asia/Kolkata', at('2026-03-29T10:00:00Z')))).toBe('2026-03-28T18:30:00.000Z');
    expect(iso(startOfLocal('month', 'Asia/Kolkata', at('2026-03-29T10:00:00Z')))).toBe('2026-02-28T18:30:00.000Z');
    // Madrid's repeated hour on 2026-10-25 is two hours, each truncated with its own offset.
    expect(iso(startOfLocal('hour', 'Europe/Madrid', at('2026-10-25T00:30:00Z')))).toBe('2026-10-25T00:00:00.000Z');
    expect(iso(startOfLocal('hour', 'Europe/Madrid', at('2026-10-25T01:30:00Z')))).toBe('2026-10-25T01:00:00.000Z');
  });

  it('knows IANA names and UTC in any case, and nothing else', () => {
    expect(isTimeZone('Europe/Madrid')).toBe(true);
    expect(isTimeZone('UTC')).toBe(true);
    expect(isTimeZone('europe/madrid')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
    expect(isTimeZone('')).toBe(false);
    expect(isTimeZone(`Europe/${'x'.repeat(60)}`)).toBe(false);
  });
});

describe('presets', () => {
  const now = at('2026-03-29T10:20:00Z'); // 12:20 in Madrid, summer time since 02:00

  it('count back from now with the current hour, day or month included', () => {
    expect(presetRange('LAST_24_HOURS', 'UTC', now)).toEqual({ since: at('2026-03-28T11:00:00Z'), until: at('2026-03-29T11:00:00Z') });
    expect(presetRange('LAST_7_DAYS', 'UTC', now)).toEqual({ since: at('2026-03-23T00:00:00Z'), until: at('2026-03-30T00:00:00Z') });
    expect(presetRange('LAST_30_DAYS', 'UTC', now)).toEqual({ since: at('2026-02-28T00:00:00Z'), until: at('2026-03-30T00:00:00Z') });
    expect(presetRange('LAST_12_MONTHS', 'UTC', now)).toEqual({ since: at('2025-04-01T00:00:00Z'), until: at('2026-04-01T00:00:00Z') });
  });

  it('count in the viewer’s zone: local midnights on either side of a DST change, absolute hours', () => {
    expect(presetRange('LAST_7_DAYS', 'Europe/Madrid', now)).toEqual({ since: at('2026-03-22T23:00:00Z'), until: at('2026-03-29T22:00:00Z') });
    expect(presetRange('LAST_12_MONTHS', 'Europe/Madrid', now)).toEqual({ since: at('2025-03-31T22:00:00Z'), until: at('2026-03-31T22:00:00Z') });
    // 24 hours, whatever the wall clock did.
    const day = presetRange('LAST_24_HOURS', 'Europe/Madrid', now);
    expect(day.until - day.since).toBe(24 * 3_600_000);
    expect(presetRange('LAST_24_HOURS', 'Asia/Kolkata', now)).toEqual({ since: at('2026-03-28T10:30:00Z'), until: at('2026-03-29T10:30:00Z') });
  });
});

describe('custom ranges', () => {
  it('bound each granularity (hourly 90 days, daily 3 years, monthly 10 years) with the server’s words', () => {
    expect(rangeProblem(at('2026-01-01T00:00:00Z'), at('2026-03-31T00:00:00Z'), 'HOUR')).toBeNull();
    expect(rangeProblem(at('2026-01-01T00:00:00Z'), at('2026-04-02T00:00:00Z'), 'HOUR')).toBe(
      'An hourly series covers at most 90 days; choose a coarser granularity or a shorter range.',
    );
    expect(rangeProblem(at('2026-01-01T00:00:00Z'), at('2026-04-02T00:00:00Z'), 'DAY')).toBeNull();
    expect(rangeProblem(at('2020-01-01T00:00:00Z'), at('2024-01-01T00:00:00Z'), 'DAY')).toBe(
      'A daily series covers at most 3 years; choose a coarser granularity or a shorter range.',
    );
    expect(rangeProblem(at('2010-01-01T00:00:00Z'), at('2021-01-01T00:00:00Z'), 'MONTH')).toMatch(/at most 10 years/);
    expect(rangeProblem(at('2026-01-02T00:00:00Z'), at('2026-01-01T00:00:00Z'), 'DAY')).toBe('The range must end after it starts.');
    expect(rangeProblem(at('1999-12-31T00:00:00Z'), at('2000-01-02T00:00:00Z'), 'DAY')).toBe('The range cannot start before 2000.');
  });

  it('compare with the period of the same length right before, read from hourly rows unless UTC lines up with daily or monthly ones', () => {
    expect(previousRange(at('2026-02-10T00:00:00Z'), at('2026-02-17T00:00:00Z'))).toEqual({ since: at('2026-02-03T00:00:00Z'), until: at('2026-02-10T00:00:00Z') });
    const range = { since: at('2026-03-01T00:00:00Z'), until: at('2026-04-01T00:00:00Z'), timeZone: 'UTC', granularity: 'MONTH' as const };
    expect(sourceGranularity(range)).toBe('MONTH');
    expect(sourceGranularity({ ...range, timeZone: 'Europe/Madrid' })).toBe('HOUR');
    expect(sourceGranularity({ ...range, since: at('2026-03-01T01:00:00Z') })).toBe('HOUR');
    expect(sourceGranularity({ ...range, granularity: 'HOUR' })).toBe('HOUR');
  });
});

describe('the calendar period top applications are ranked by', () => {
  it('is the shortest UTC day, week (from Monday), month or year holding the range; the year it ends in across a year end', () => {
    expect(calendarPeriodFor(at('2026-05-17T00:00:00Z'), at('2026-05-18T00:00:00Z'))).toBe('DAY');
    expect(calendarPeriodFor(at('2026-05-13T00:00:00Z'), at('2026-05-16T00:00:00Z'))).toBe('WEEK');
    expect(calendarPeriodFor(at('2026-05-01T00:00:00Z'), at('2026-06-01T00:00:00Z'))).toBe('MONTH');
    expect(calendarPeriodFor(at('2026-04-25T00:00:00Z'), at('2026-05-10T00:00:00Z'))).toBe('YEAR');
    expect(calendarPeriodFor(at('2025-12-25T00:00:00Z'), at('2026-01-10T00:00:00Z'))).toBe('YEAR');
    // Sunday to Monday crosses a week: the month holds it.
    expect(calendarPeriodFor(at('2026-05-17T12:00:00Z'), at('2026-05-18T12:00:00Z'))).toBe('MONTH');
  });
});
