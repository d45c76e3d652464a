import { renderUsageAlertMail } from "@gatehouse/schema/notification-mail";
import { ALERT_REPEAT_MS, alertKind, alertLevel, type LimitUsage, utilization } from "@gatehouse/schema/usage";
import { and, eq, gt, inArray } from "drizzle-orm";
import type { Actor, SystemActor } from "../../auth/actor.js";
import type { Executor } from "../../db/client.js";
import { advisoryXactLock } from "../../db/locks.js";
import { rowsByIds } from "../../db/statement.js";
import { inTenantTransaction } from "../../db/tenancy.js";
import { accountAdminEmails, accountsByIds } from "../accounts/account.service.js";
import { applicationsByIds } from "../applications/application.service.js";
import { servicesByIds } from "../catalog/service.service.js";
import { emit } from "../events/events.service.js";
import { queueMail } from "../notifications/notifications.service.js";
import { tenantsByIds } from "../tenants/tenant.service.js";
import { type UsageAlertListArgs, usageAlertListing } from "./usage-alert.type.js";
import { type UsageAlertRow, usageAlerts } from "./usage.tables.js";
import { ofTenant } from "../../kit/listing.js";

/** What a call's answer tells of an application's limits: enough to raise an alert. */
export interface UtilizationSample {
  tenantId: string;
  serviceId: string;
  applicationId: string;
  accountId: string;
  /** The limits the call was checked against, by metric id, with their counts after it. */
  limits: readonly (LimitUsage & { metricId: string })[];
  at: Date;
}

/**
 * Raises usage alerts (003 ch.22) from what the usage endpoint learnt: when an application's most-used
 * limit has reached a level (50 … 300 %), one alert per application and level in 24 hours, with the
 * team's notification (USAGE_LIMIT_ALERT below 100 %, USAGE_LIMIT_VIOLATION from 100 %). A process
 * remembers the levels it raised or found raised, so a busy application near a limit costs no query per call.
 */
export class UsageAlerts {
  private readonly known = new Map<string, number>();

  constructor(
    private readonly db: Executor,
    private readonly onError: (error: unknown) => void,
  ) {}

  /** Looks at a sample; raises its alert in the background (the call's answer does not wait for it). */
  observe(sample: UtilizationSample): void {
    const most = utilization(sample.limits);
    if (!most) return;
    const level = alertLevel(most.percent);
    if (level === null) return;
    const key = `${sample.applicationId}:${level}`;
    const raisedAt = this.known.get(key);
    if (raisedAt !== undefined && sample.at.getTime() - raisedAt < ALERT_REPEAT_MS) return;
    // Claimed at once: concurrent calls of the same application do not all query.
    this.known.set(key, sample.at.getTime());
    if (this.known.size > 100_000) this.known.delete(this.known.keys().next().value!);
    const limit = most.limit as LimitUsage & { metricId: string };
    raiseUsageAlert(this.db, { ...sample, level, metricId: limit.metricId, limit }).then(
      (lastRaisedAt) => this.known.set(key, lastRaisedAt.getTime()),
      (error: unknown) => {
        this.known.delete(key);
        this.onError(error);
      },
    );
  }
}

/**
 * Records the alert unless one of its level was raised for the application in the last 24 hours (under
 * a lock of that application and level, so two processes cannot both raise it); answers when the level
 * was last raised.
 */
export async function raiseUsageAlert(
  db: Executor,
  input: Omit<UtilizationSample, "limits"> & { level: number; metricId: string; limit: LimitUsage },
): Promise<Date> {
  const actor: SystemActor = { kind: "system", tenantId: input.tenantId, master: false, name: "usage-alerts", onBehalfOf: null };
  return inTenantTransaction(db, { tenantId: input.tenantId, master: false }, async (tx) => {
    await advisoryXactLock(tx, `usage-alert:${input.applicationId}:${input.level}`);
    const [recent] = await tx
      .select({ raisedAt: usageAlerts.raisedAt })
      .from(usageAlerts)
      .where(and(eq(usageAlerts.applicationId, input.applicationId), eq(usageAlerts.level, input.level), gt(usageAlerts.raisedAt, new Date(input.at.getTime() - ALERT_REPEAT_MS))))
      .orderBy(usageAlerts.raisedAt)
      .limit(1);
    if (recent) return recent.raisedAt;
    const [[application], [account], [service]] = await Promise.all([
      applicationsByIds(tx, [input.applicationId]),
      accountsByIds(tx, [input.accountId]),
      servicesByIds(tx, [input.serviceId]),
    ]);
    if (!application || !account || !service) return input.at;
    const kind = alertKind(input.level as Parameters<typeof alertKind>[0]);
    const [row] = await tx
      .insert(usageAlerts)
      .values({
        tenantId: input.tenantId,
        serviceId: input.serviceId,
        applicationId: input.applicationId,
        accountId: input.accountId,
        level: input.level,
        kind,
        metricId: input.metricId,
        period: input.limit.period,
        max: input.limit.max,
        current: input.limit.current,
      })
      .returning();
    const what = `${input.limit.current} of ${input.limit.max} ${input.limit.metric} per ${input.limit.period.toLowerCase()}`;
    const summary = `"${application.name}" of "${account.orgName}" ${kind === "VIOLATION" ? "reached" : "used"} ${input.level} % of a limit of "${service.name}": ${what}.`;
    await emit(tx, actor, {
      type: "usage_alert",
      action: "raised",
      target: { type: "Application", id: application.id, name: application.name },
      summary,
      notify: { type: kind === "VIOLATION" ? "USAGE_LIMIT_VIOLATION" : "USAGE_LIMIT_ALERT", serviceId: service.id, summary },
    });
    if (service.emailDevelopersOnUsageAlerts) {
      const [tenant] = await tenantsByIds(tx, [input.tenantId]);
      const mail = renderUsageAlertMail({ tenantName: tenant?.name ?? "", applicationName: application.name, productName: service.name, level: input.level, usage: what });
      await queueMail(
        tx,
        input.tenantId,
        (await accountAdminEmails(tx, account.id)).map((to) => ({ to, ...mail })),
      );
    }
    return row!.raisedAt;
  });
}

export function listUsageAlerts(tx: Executor, actor: Actor, args: UsageAlertListArgs) {
  return usageAlertListing.list(tx, args, ofTenant(usageAlerts.tenantId, actor.tenantId));
}

export const usageAlertsByIds = rowsByIds(usageAlerts);

/** Marks alerts read (or unread again); answers the alerts found, in the order asked. Ids of no alert of the tenant are left out. */
export async function markUsageAlertsRead(tx: Executor, actor: Actor, ids: readonly string[], read: boolean): Promise<UsageAlertRow[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .update(usageAlerts)
    .set({ readAt: read ? new Date() : null })
    .where(and(eq(usageAlerts.tenantId, actor.tenantId), inArray(usageAlerts.id, [...ids])))
    .returning();
  const byId = new Map(rows.map((r) => [r.id, r]));
  return ids.flatMap((id) => byId.get(id) ?? []);
}

/** Deletes alerts; answers the ids deleted. */
export async function deleteUsageAlerts(tx: Executor, actor: Actor, ids: readonly string[]): Promise<string[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .delete(usageAlerts)
    .where(and(eq(usageAlerts.tenantId, actor.tenantId), inArray(usageAlerts.id, [...ids])))
    .returning({ id: usageAlerts.id });
  const deleted = new Set(rows.map((r) => r.id));
  return ids.filter((id) => deleted.has(id));
}
