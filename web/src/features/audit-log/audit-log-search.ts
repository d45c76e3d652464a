import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';

/** The audit log's URL state: the shared list params, the event kind and a day range (YYYY-MM-DD, the admin's time zone). */
export interface AuditLogSearch extends ListSearch {
  event?: string;
  from?: string;
  to?: string;
}

const DAY = /^\d{4}-\d{2}-\d{2}$/;
const EVENT = /^[a-z_]{1,40}(\.[a-z_]{1,40})?$/;
const pick = (value: unknown, pattern: RegExp) => (typeof value === 'string' && pattern.test(value) ? value : undefined);

export function validateAuditLogSearch(raw: Record<string, unknown>): AuditLogSearch {
  return { ...validateListSearch(raw), event: pick(raw['event'], EVENT), from: pick(raw['from'], DAY), to: pick(raw['to'], DAY) };
}

/** The first instant of a local day, and the last: the range the server filters on. */
export const startOfDay = (day: string) => new Date(`${day}T00:00:00`).toISOString();
export const endOfDay = (day: string) => new Date(`${day}T23:59:59.999`).toISOString();
