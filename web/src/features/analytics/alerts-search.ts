import type { UsageAlertKind } from '../../gql/graphql';
import { validateListSearch, type ListSearch } from '../../components/ui/data-table/list-search';

export const alertKinds = ['ALERT', 'VIOLATION'] as const satisfies readonly UsageAlertKind[];

/** The usage alerts listing's URL state: the shared list params, read or unread, kinds, one application. */
export interface UsageAlertsSearch extends ListSearch {
  /** Absent: read and unread ones. */
  show?: 'unread' | 'read';
  /** Absent: every kind. */
  kinds?: UsageAlertKind[];
  /** Only this application's alerts (its page links here). */
  application?: string;
}

function parseKinds(raw: unknown): UsageAlertKind[] | undefined {
  // The router writes arrays as JSON (`["VIOLATION"]`); a hand-typed `ALERT,VIOLATION` works too.
  const values = Array.isArray(raw) ? raw : typeof raw === 'string' ? raw.split(',') : [];
  const kinds = alertKinds.filter((kind) => values.includes(kind));
  return kinds.length > 0 ? kinds : undefined;
}

export function validateUsageAlertsSearch(raw: Record<string, unknown>): UsageAlertsSearch {
  const show = raw['show'] === 'unread' || raw['show'] === 'read' ? raw['show'] : undefined;
  const application = typeof raw['application'] === 'string' && /^[A-Za-z0-9_=-]{1,200}$/.test(raw['application']) ? raw['application'] : undefined;
  return { ...validateListSearch(raw), show, kinds: parseKinds(raw['kinds']), application };
}
