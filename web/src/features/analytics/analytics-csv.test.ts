import { describe, expect, it } from 'vitest';
import { engagementCsv, usageSeriesCsv } from './analytics-csv';

describe('analytics CSV', () => {
  it('writes a series with local start times and their offsets, one record per line (CRLF)', () => {
    const points = [
      { start: '2026-03-27T23:00:00.000Z', value: '24' },
      { start: '2026-03-28T23:00:00.000Z', value: '23' },
      { start: '2026-03-29T22:00:00.000Z', value: '24' },
    ];
    expect(usageSeriesCsv(points, 'Europe/Madrid')).toBe(
      'start,value\r\n2026-03-28T00:00:00+01:00,24\r\n2026-03-29T00:00:00+01:00,23\r\n2026-03-30T00:00:00+02:00,24\r\n',
    );
    expect(usageSeriesCsv([], 'UTC')).toBe('start,value\r\n');
  });

  it('writes the engagement report, quoting commas and defusing formulas in names people typed', () => {
    const csv = engagementCsv([
      { cohort: 'active', accountId: 'A1', orgName: 'Acme, Inc.', signedUpAt: '2026-05-01T10:00:00.000Z', firstHalf: '10', secondHalf: '25', growthPercent: 150 },
      { cohort: 'never used', accountId: 'A2', orgName: '=HYPERLINK("x")', signedUpAt: '2026-05-02T10:00:00.000Z', firstHalf: '0', secondHalf: '0', growthPercent: null },
    ]);
    expect(csv.split('\r\n')).toEqual([
      'cohort,account,account_id,signed_up_at,first_half_calls,second_half_calls,growth_percent',
      'active,"Acme, Inc.",A1,2026-05-01T10:00:00.000Z,10,25,150',
      `never used,"'=HYPERLINK(""x"")",A2,2026-05-02T10:00:00.000Z,0,0,`,
      '',
    ]);
  });
});
