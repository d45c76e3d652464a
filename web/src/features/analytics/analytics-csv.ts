import { stringify } from 'csv-stringify/browser/esm/sync';
import { localIsoWithOffset } from './zoned-time';

/** CSV as spreadsheets read it: a header row, CRLF between records (RFC 4180). */
const CSV_OPTIONS = { header: true, record_delimiter: 'windows' } as const;

/**
 * A text cell a spreadsheet would run as a formula (`=HYPERLINK(…)`, `+`, `-`, `@`) gets a leading
 * apostrophe: for text people typed (an organization's name), never for our own numbers and times.
 */
export function spreadsheetSafe(text: string): string {
  return /^[=+\-@\t\r]/.test(text) ? `'${text}` : text;
}

/**
 * A usage series as CSV: each bucket's start as local time in the series' zone with its offset then
 * (`2026-03-29T00:00:00+01:00`: unambiguous across DST), and its value as the API counted it.
 */
export function usageSeriesCsv(points: readonly { start: string; value: string }[], timeZone: string): string {
  return stringify(
    points.map((point) => ({ start: localIsoWithOffset(point.start, timeZone), value: point.value })),
    { ...CSV_OPTIONS, columns: ['start', 'value'] },
  );
}

export interface EngagementCsvRow {
  cohort: string;
  accountId: string | null;
  orgName: string | null;
  signedUpAt: string;
  firstHalf: string;
  secondHalf: string;
  growthPercent: number | null;
}

/** The engagement report as CSV: one row per account, with its cohort. */
export function engagementCsv(rows: readonly EngagementCsvRow[]): string {
  return stringify(
    rows.map((row) => ({
      cohort: row.cohort,
      account: spreadsheetSafe(row.orgName ?? ''),
      account_id: row.accountId ?? '',
      signed_up_at: row.signedUpAt,
      first_half_calls: row.firstHalf,
      second_half_calls: row.secondHalf,
      growth_percent: row.growthPercent ?? '',
    })),
    { ...CSV_OPTIONS, columns: ['cohort', 'account', 'account_id', 'signed_up_at', 'first_half_calls', 'second_half_calls', 'growth_percent'] },
  );
}
