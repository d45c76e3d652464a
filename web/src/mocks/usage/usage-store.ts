import { HITS } from '@gatehouse/schema/catalog';
import { rollUpUsage } from '@gatehouse/schema/usage';
import { createUsageAlert, createUsageReport, type MetricFixture, type UsageAlertFixture, type UsageReportFixture } from '../../testing/factories';
import type { AccountsState } from '../accounts/account-store';
import { applicationOf, type ApplicationsState } from '../applications/application-store';
import type { CatalogState } from '../catalog/catalog';

/**
 * The usage module's rows (server/src/modules/usage/usage.tables.ts), as the mock keeps them: what
 * gateways reported per application, from which every counter (per application and calendar
 * period), rollup (per product and per account) and response-code count is derived when read, and
 * the usage alerts. The server's foreign keys cascade: an application's counters and alerts go with
 * it while its product's and account's rollups stay, and so on. The mock deletes nothing: reads
 * leave out what belongs to rows that are gone (`liveApplicationIds`, `liveAlerts`).
 *
 * Reports are `usageReports` (what tests and the app record) and the demo's history, tens of
 * thousands of rows that never change: the store names it (`usageHistory`) and keeps it aside, so the
 * snapshot every mutation takes of the store to roll back (execute-operation.ts) does not copy it.
 */
export interface UsageState {
  /** The demo's traffic history (usage-seed.ts), by name; null for none. */
  usageHistory: string | null;
  usageReports: UsageReportFixture[];
  usageAlerts: UsageAlertFixture[];
}

export type UsageStoreState = UsageState & CatalogState & ApplicationsState & AccountsState;

/** A report as analytics reads it: its instant in milliseconds. */
export interface Report {
  row: UsageReportFixture;
  at: number;
}

const histories = new Map<string, readonly Report[]>();
/** Histories kept at once: the store's, and those of a few resets before it (tests span an hour now and then). */
const MAX_HISTORIES = 4;

/** Keeps a history of reports aside under a name (the oldest names are forgotten past a few). */
export function registerUsageHistory(name: string, reports: readonly UsageReportFixture[]): void {
  histories.delete(name);
  histories.set(name, reports.map((row) => ({ row, at: Date.parse(row.at) })));
  while (histories.size > MAX_HISTORIES) histories.delete(histories.keys().next().value!);
}

export const hasUsageHistory = (name: string) => histories.has(name);

/** The reports of a history kept aside, none for an unknown name. */
export function usageHistory(name: string | null): readonly Report[] {
  return (name && histories.get(name)) || [];
}

/** The tenant's reports with their instants: the store's history, then what was recorded since. */
export function reportsOf(state: UsageStoreState, tenantId: string): Report[] {
  const recorded = state.usageReports.filter((r) => r.tenantId === tenantId).map((row) => ({ row, at: Date.parse(row.at) }));
  return [...usageHistory(state.usageHistory).filter((r) => r.row.tenantId === tenantId), ...recorded];
}

/** The ids of the tenant's applications that exist: their counters still count. */
export function liveApplicationIds(state: ApplicationsState, tenantId: string): Set<string> {
  return new Set(state.applications.filter((a) => a.tenantId === tenantId).map((a) => a.id));
}

/** The tenant's alerts whose product, application, account and metric all still exist (the server's cascades). */
export function liveAlerts(state: UsageStoreState, tenantId: string): UsageAlertFixture[] {
  const alerts = state.usageAlerts.filter((a) => a.tenantId === tenantId);
  if (!alerts.length) return alerts;
  const services = new Set(state.services.map((s) => s.id));
  const applications = new Set(state.applications.map((a) => a.id));
  const accounts = new Set(state.accounts.map((a) => a.id));
  const metrics = new Set(state.metrics.map((m) => m.id));
  return alerts.filter((a) => services.has(a.serviceId) && applications.has(a.applicationId) && accounts.has(a.accountId) && metrics.has(a.metricId));
}

/** The top-level `hits` of a product, if it has one. */
export const hitsOfService = (state: CatalogState, serviceId: string): MetricFixture | undefined =>
  state.metrics.find((m) => m.serviceId === serviceId && m.systemName === HITS && m.parentId === null);

/**
 * Records what a gateway reported for an application (for tests): `usage` by metric system name, as a
 * gateway sends it, rolled up into the parents of methods (`hits`); response codes with how many
 * responses had each. The application's first and last traffic move as the server's batch moves them.
 * Returns the stored report.
 */
export function recordUsage(
  state: UsageStoreState,
  input: { applicationId: string; at: Date | string; usage: Record<string, number>; responseCodes?: Record<number, number>; wholeHour?: boolean },
): UsageReportFixture {
  const application = applicationOf(state, input.applicationId);
  const metrics = state.metrics.filter((m) => m.serviceId === application.serviceId);
  const bySystemName = new Map(metrics.map((m) => [m.systemName, m]));
  const parentOf = (systemName: string) => {
    const parentId = bySystemName.get(systemName)?.parentId;
    return parentId ? (metrics.find((m) => m.id === parentId)?.systemName ?? null) : null;
  };
  const usage: Record<string, number> = {};
  for (const [systemName, value] of Object.entries(rollUpUsage(input.usage, parentOf))) {
    const metric = bySystemName.get(systemName);
    if (!metric) throw new Error(`Mock data: the product of ${application.name} has no metric ${systemName}`);
    usage[metric.id] = value;
  }
  const report = createUsageReport({
    tenantId: application.tenantId,
    serviceId: application.serviceId,
    accountId: application.accountId,
    applicationId: application.id,
    at: new Date(input.at).toISOString(),
    usage,
    responseCodes: Object.fromEntries(Object.entries(input.responseCodes ?? {})),
    wholeHour: input.wholeHour ?? false,
  });
  state.usageReports.push(report);
  if (!application.firstTrafficAt || report.at < application.firstTrafficAt) application.firstTrafficAt = report.at;
  if (!application.lastTrafficAt || report.at > application.lastTrafficAt) application.lastTrafficAt = report.at;
  return report;
}

/**
 * Adds a usage alert of an application (for tests and the demo): its product and account are the
 * application's, its metric the product's `hits` unless given.
 */
export function addUsageAlert(
  state: UsageStoreState,
  input: Partial<UsageAlertFixture> & { applicationId: string },
): UsageAlertFixture {
  const application = applicationOf(state, input.applicationId);
  const metricId = input.metricId ?? hitsOfService(state, application.serviceId)?.id;
  if (!metricId) throw new Error(`Mock data: the product of ${application.name} has no hits metric`);
  const alert = createUsageAlert({
    tenantId: application.tenantId,
    serviceId: application.serviceId,
    accountId: application.accountId,
    metricId,
    ...input,
  });
  state.usageAlerts.push(alert);
  return alert;
}
