import { describe, expect, it } from 'vitest';
import { analyticsPeriod } from './analytics-period';
import { validateAnalyticsSearch } from './analytics-search';
import { bucketLabel, localIsoWithOffset, nextDay, offsetMinutes, startOfLocalDay } from './zoned-time';

describe('wall-clock time in a time zone', () => {
  it('writes instants as local ISO text with the offset of the moment, across a DST change', () => {
    // Europe/Madrid moves to summer time on 2026-03-29 at 02:00 local (01:00 UTC).
    expect(localIsoWithOffset('2026-03-27T23:00:00.000Z', 'Europe/Madrid')).toBe('2026-03-28T00:00:00+01:00');
    expect(localIsoWithOffset('2026-03-29T22:00:00.000Z', 'Europe/Madrid')).toBe('2026-03-30T00:00:00+02:00');
    expect(localIsoWithOffset('2026-03-29T22:00:00.000Z', 'UTC')).toBe('2026-03-29T22:00:00+00:00');
    expect(localIsoWithOffset('2026-01-15T12:00:00.000Z', 'Asia/Kolkata')).toBe('2026-01-15T17:30:00+05:30');
    expect(localIsoWithOffset('2026-01-15T12:00:00.000Z', 'America/New_York')).toBe('2026-01-15T07:00:00-05:00');
    expect(offsetMinutes(new Date('2026-07-01T00:00:00Z'), 'Europe/Madrid')).toBe(120);
  });

  it('finds where local days start, on either side of a DST change', () => {
    expect(startOfLocalDay('2026-03-28', 'Europe/Madrid').toISOString()).toBe('2026-03-27T23:00:00.000Z');
    expect(startOfLocalDay('2026-03-30', 'Europe/Madrid').toISOString()).toBe('2026-03-29T22:00:00.000Z');
    expect(startOfLocalDay('2026-11-01', 'America/New_York').toISOString()).toBe('2026-11-01T04:00:00.000Z');
    expect(startOfLocalDay('2026-11-02', 'America/New_York').toISOString()).toBe('2026-11-02T05:00:00.000Z');
    expect(nextDay('2026-02-28')).toBe('2026-03-01');
    expect(nextDay('2026-12-31')).toBe('2027-01-01');
  });

  it('names buckets in the zone', () => {
    expect(bucketLabel('2026-03-29T22:00:00.000Z', 'DAY', 'Europe/Madrid')).toBe('2026-03-30');
    expect(bucketLabel('2026-03-29T22:00:00.000Z', 'HOUR', 'Europe/Madrid')).toBe('2026-03-30 00:00');
    expect(bucketLabel('2026-02-28T23:00:00.000Z', 'MONTH', 'Europe/Madrid')).toBe('2026-03');
  });
});

describe('the analytics period', () => {
  it('is a preset with its own buckets in UTC by default', () => {
    expect(analyticsPeriod({})).toEqual({ period: { range: { preset: 'LAST_30_DAYS' }, granularity: 'DAY', timeZone: 'UTC' } });
    expect(analyticsPeriod({ range: 'LAST_24_HOURS', tz: 'Europe/Madrid' })).toEqual({
      period: { range: { preset: 'LAST_24_HOURS' }, granularity: 'HOUR', timeZone: 'Europe/Madrid' },
    });
  });

  it('runs a custom range from the first local midnight to the one after the last day', () => {
    expect(analyticsPeriod({ range: 'CUSTOM', from: '2026-03-28', to: '2026-03-30', tz: 'Europe/Madrid' })).toEqual({
      period: { range: { since: '2026-03-27T23:00:00.000Z', until: '2026-03-30T22:00:00.000Z' }, granularity: 'DAY', timeZone: 'Europe/Madrid' },
    });
    expect(analyticsPeriod({ range: 'CUSTOM', from: '2026-03-28' })).toEqual({ incomplete: 'Pick the first and the last day of the range.' });
  });

  it('keeps only valid URL state', () => {
    expect(validateAnalyticsSearch({ range: 'LAST_7_DAYS', tz: 'Mars/Olympus', granularity: 'WEEK', from: '28/03/2026', tab: 'usage' })).toEqual({
      product: undefined,
      metric: undefined,
      range: 'LAST_7_DAYS',
      from: undefined,
      to: undefined,
      granularity: undefined,
      tz: undefined,
      tab: undefined,
    });
    expect(validateAnalyticsSearch({ tz: 'Asia/Kolkata', tab: 'response-codes' })).toMatchObject({ tz: 'Asia/Kolkata', tab: 'response-codes' });
  });
});
