import type { UsageAlertErrorCode, UsageAlertFilter, UsageAlertOrder } from '../../gql/schema-types';
import type { UsageAlertFixture } from '../../testing/factories';
import type { KeysetOrder } from '../connection';
import { fromGlobalId, rowIdOf, toGlobalId } from '../global-id';
import { userError } from '../mock-errors';
import { liveAlerts, type UsageStoreState } from './usage-store';

/**
 * Usage alerts as the team reads, marks and deletes them (server/src/modules/usage/usage-alert.*.ts):
 * the listing of the tenant's alerts with its filters and orders, and the two mutations with their
 * userErrors — TOO_MANY past 100 IDs (nothing changes), NOT_FOUND for each ID that names no alert of
 * the tenant (the others change). Alerts are raised by the usage endpoint, which the mock has not:
 * tests and the demo add them (usage-store.ts, `addUsageAlert`).
 */

/** Alerts one call may mark or delete. */
export const MAX_ALERTS_PER_CALL = 100;

const alertError = (code: UsageAlertErrorCode, message: string, field: string[]) => userError('UsageAlertUserError', code, message, field);
type AlertError = ReturnType<typeof alertError>;

const alertKey = (alert: UsageAlertFixture) => rowIdOf(alert.id, 'UsageAlert') ?? alert.id;

/** The tenant's alert with this row key (`node(id:)`). */
export function findUsageAlert(state: UsageStoreState, tenantId: string, rowId: string): UsageAlertFixture | undefined {
  return liveAlerts(state, tenantId).find((a) => alertKey(a) === rowId);
}

/** An object filter (the server's `filter.node`): an ID of another type, or no global ID at all, names nothing. */
function nodeFilter(value: string | null | undefined, typeName: string, rowOf: (alert: UsageAlertFixture) => string): ((alert: UsageAlertFixture) => boolean) | null {
  if (value == null) return null;
  const decoded = fromGlobalId(value);
  if (!decoded || decoded.typeName !== typeName) return () => false;
  return (alert) => rowIdOf(rowOf(alert), typeName) === decoded.rowId;
}

/** The tenant's alerts matching the filter, and the order to page them in (newest first by default; ties by row key). */
export function listUsageAlerts(state: UsageStoreState, tenantId: string, filter: UsageAlertFilter | null | undefined, orderBy: UsageAlertOrder | null | undefined) {
  const tests = [
    nodeFilter(filter?.service, 'Service', (a) => a.serviceId),
    nodeFilter(filter?.application, 'Application', (a) => a.applicationId),
    nodeFilter(filter?.account, 'Account', (a) => a.accountId),
    filter?.unread == null ? null : (a: UsageAlertFixture) => (a.readAt === null) === filter.unread,
    filter?.kinds?.length ? (a: UsageAlertFixture) => filter.kinds!.includes(a.kind) : null,
  ].filter((test) => test !== null);
  const { field, direction } = orderBy ?? { field: 'RAISED_AT', direction: 'DESC' };
  const order: KeysetOrder<UsageAlertFixture> =
    field === 'LEVEL' ? { key: field, kind: 'integer', value: (a) => a.level, direction } : { key: field, kind: 'timestamp', value: (a) => a.raisedAt, direction };
  return { items: liveAlerts(state, tenantId).filter((a) => tests.every((test) => test(a))), order };
}

/** The row keys of the given IDs (each once), or TOO_MANY past the bound. */
function rowKeysOf(ids: readonly string[]): { rowIds: string[]; errors: AlertError[] } {
  if (ids.length > MAX_ALERTS_PER_CALL) {
    return { rowIds: [], errors: [alertError('TOO_MANY', `Give at most ${MAX_ALERTS_PER_CALL} alerts at a time.`, ['input', 'ids'])] };
  }
  return { rowIds: [...new Set(ids.flatMap((id) => rowIdOf(id, 'UsageAlert') ?? []))], errors: [] };
}

/** A NOT_FOUND for each given ID (by its place in the list) that names none of the alerts found. */
function missing(ids: readonly string[], found: ReadonlySet<string>): AlertError[] {
  return ids.flatMap((id, index) => (found.has(rowIdOf(id, 'UsageAlert') ?? '') ? [] : [alertError('NOT_FOUND', 'No such usage alert.', ['input', 'ids', String(index)])]));
}

/** Marks alerts read (now), or unread again; answers the alerts found, in the order asked, each once. */
export function markUsageAlertsRead(state: UsageStoreState, tenantId: string, input: { ids: readonly string[]; read?: boolean | null }, now: Date) {
  const { rowIds, errors } = rowKeysOf(input.ids);
  if (errors.length) return { alerts: [], userErrors: errors };
  const byKey = new Map(liveAlerts(state, tenantId).map((a) => [alertKey(a), a]));
  const alerts = rowIds.flatMap((rowId) => byKey.get(rowId) ?? []);
  for (const alert of alerts) alert.readAt = input.read !== false ? now.toISOString() : null;
  return { alerts, userErrors: missing(input.ids, new Set(alerts.map(alertKey))) };
}

/** Deletes alerts; answers the IDs deleted, in the order asked. */
export function deleteUsageAlerts(state: UsageStoreState, tenantId: string, input: { ids: readonly string[] }) {
  const { rowIds, errors } = rowKeysOf(input.ids);
  if (errors.length) return { deletedAlertIds: [], userErrors: errors };
  const byKey = new Map(liveAlerts(state, tenantId).map((a) => [alertKey(a), a]));
  const deleted = rowIds.filter((rowId) => byKey.has(rowId));
  const gone = new Set(deleted.map((rowId) => byKey.get(rowId)!));
  state.usageAlerts = state.usageAlerts.filter((a) => !gone.has(a));
  return { deletedAlertIds: deleted.map((rowId) => toGlobalId('UsageAlert', rowId)), userErrors: missing(input.ids, new Set(deleted)) };
}
